// The keywords of a dynamic frame definition, read the way CSPICE's ZZDYNVAC, ZZDYNVAD, ZZDYNVAI
// (required character, numeric, integer values), ZZDYNOAC, ZZDYNOAD (optional ones), ZZDYNBID
// (a body) and ZZDYNFID (a frame) read them:
//  - FRAME_<id>_<item> is looked up first, FRAME_<name>_<item> only if that is absent; each form
//    only if its name fits CSPICE's 32 characters (neither fits: SPICE(VARNAMETOOLONG));
//  - a required keyword found under neither name is SPICE(KERNELVARNOTFOUND);
//  - values of the wrong type are SPICE(BADVARIABLETYPE), too many SPICE(BADVARIABLESIZE);
//  - a body or frame name that cannot be translated is SPICE(NOTRANSLATION).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "context.hpp"
#include "errors/result.hpp"

namespace sc::frames::dynamic {

// One dynamic frame's definition in the pool: its name (FRMNAM) and ID.
struct FrameKeys {
  const Context& ctx;
  std::string name;
  int id = 0;
};

Result<std::vector<std::string>> required_strings(const FrameKeys& f, std::string_view item, int max_values);
Result<std::string> required_string(const FrameKeys& f, std::string_view item);                  // ZZDYNVAC, 1 value
Result<std::optional<std::string>> optional_string(const FrameKeys& f, std::string_view item);   // ZZDYNOAC, 1 value
Result<std::vector<double>> required_numbers(const FrameKeys& f, std::string_view item, int max_values);  // ZZDYNVAD
Result<std::optional<double>> optional_number(const FrameKeys& f, std::string_view item);        // ZZDYNOAD, 1 value
Result<std::vector<int>> required_integers(const FrameKeys& f, std::string_view item, int max_values);    // ZZDYNVAI
Result<int> body_keyword(const FrameKeys& f, std::string_view item);                              // ZZDYNBID
Result<int> frame_keyword(const FrameKeys& f, std::string_view item);                             // ZZDYNFID

// CMPRSS(' ', 0, ...) + UCASE: every blank removed, upper case (how ZZDYNFRM normalises family,
// axis, vector-definition and spec names).
std::string squeeze_upper(std::string_view s);

}  // namespace sc::frames::dynamic
