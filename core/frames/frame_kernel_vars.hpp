// Reading frame definitions from the kernel pool with CSPICE's rules:
//  - FRAME_<id>_<item> or FRAME_<name>_<item> (ZZDYNBID / ZZDYNVAI): the ID form is looked up
//    first, each form only if its name fits in 32 characters; neither present is
//    SPICE(KERNELVARNOTFOUND), more values than allowed SPICE(BADVARIABLESIZE).
//  - BADKPV: a variable that must exist with an exact size and type (SPICE(VARIABLENOTFOUND),
//    SPICE(BADVARIABLESIZE), SPICE(BADVARIABLETYPE)).
#pragma once

#include <string_view>
#include <vector>

#include "context.hpp"
#include "errors/result.hpp"

namespace sc::frames {

// ZZDYNBID: a body ID given as a number or as a body name (or integer string) translated by bods2c
// (SPICE(NOTRANSLATION) when it cannot be).
Result<int> frame_body_variable(const Context& ctx, std::string_view frame_name, int frame_id, std::string_view item);

// ZZDYNVAI: integers (numeric values rounded to the nearest integer); character values are
// SPICE(BADVARIABLETYPE).
Result<std::vector<int>> frame_int_variable(const Context& ctx, std::string_view frame_name, int frame_id,
                                            std::string_view item, int max_values);

// BADKPV(caller, name, '=', size, 1, type): `type` is 'N' or 'C'.
Status require_variable(const Context& ctx, std::string_view caller, std::string_view name, std::size_t size,
                        char type);

}  // namespace sc::frames
