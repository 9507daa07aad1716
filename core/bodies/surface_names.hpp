// Surface names <-> surface ID codes (DSK surfaces), per body: CSPICE's srfs2c, srfscc, srfc2s,
// srfcss over the pool variables NAIF_SURFACE_NAME / NAIF_SURFACE_CODE / NAIF_SURFACE_BODY
// (parallel arrays; SPICELIB's ZZSRFTRN, ZZSRFKER, ZZSRFINI). Rules:
//   - names compare case-insensitively with leading blanks dropped and interior blank runs counted
//     as one (LJUCRS(1, ...) into 36 characters); a mapping belongs to one body;
//   - when several entries have the same name and body, the last one wins; code -> name gives,
//     for a (code, body), the last entry whose name is not masked by a later entry of that name;
//   - srfs2c / srfscc accept an integer string when no name matches (NPARSI: "12", "+3", "1e2";
//     a number with a fraction is truncated, as NPARSI truncates it);
//   - srfc2s / srfcss give the code's decimal string when no name is defined.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "bodies/body_names.hpp"
#include "errors/result.hpp"
#include "pool/pool.hpp"

namespace sc::bodies {

// The simple look-ups other parts use (DSK method strings, dsksrf ...): std::nullopt when there is
// no mapping, also when the pool's three variables are malformed (the _checked forms report that).
std::optional<int> surface_code(const pool::Pool& pool, std::string_view name, int body);          // ZZSRFN2C
std::optional<std::string> surface_name(const pool::Pool& pool, int code, int body);               // ZZSRFC2N

// The same, with ZZSRFKER's errors for a malformed table: SPICE(BADSURFACEMAP) when only some of the
// three variables exist, SPICE(BADVARIABLETYPE) (names must be strings, codes and bodies numbers),
// SPICE(TOOMANYSURFACES) (more than 2000), SPICE(ARRAYSIZEMISMATCH), SPICE(BLANKNAMEASSIGNED), and
// GIPOOL's for codes that are no 32-bit integers. (CSPICE reports them when its pool watcher sees
// the change; here every look-up checks, so the error repeats while the bad kernel stays loaded.)
Result<std::optional<int>> surface_code_checked(const pool::Pool& pool, std::string_view name, int body);
Result<std::optional<std::string>> surface_name_checked(const pool::Pool& pool, int code, int body);

// srfs2c: the surface named `srfstr` (or an integer string) on the body `bodstr` (a body name or
// integer string; not found when it is neither). SPICE(EMPTYSTRING) for an empty argument.
Result<std::optional<int>> srfs2c(const pool::Pool& pool, const BodyNames& names, std::string_view srfstr,
                                  std::string_view bodstr);
// srfscc: srfs2c with the body as an ID code.
Result<std::optional<int>> srfscc(const pool::Pool& pool, std::string_view srfstr, int bodyid);

struct SurfaceString {
  std::string srfstr;   // the name as the kernel gives it (first 36 characters), or the code's digits
  bool isname = false;  // whether srfstr is a name
};

// srfc2s: the name of surface `code` on body `bodyid`, else the code as a string.
Result<SurfaceString> srfc2s(const pool::Pool& pool, int code, int bodyid);
// srfcss: srfc2s with the body given as a name or integer string (a body that is neither gives the
// code's string). SPICE(EMPTYSTRING) for an empty body string.
Result<SurfaceString> srfcss(const pool::Pool& pool, const BodyNames& names, int code, std::string_view bodstr);

}  // namespace sc::bodies
