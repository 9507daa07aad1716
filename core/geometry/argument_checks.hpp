// Checks the geometry calls share: CSPICE's C wrappers refuse empty strings before anything else
// (CHKFSTR), and body names become NAIF IDs through BODS2C (a name, or an integer string).
#pragma once

#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"

namespace sc::geometry {

// SPICE(EMPTYSTRING) naming the argument (`what`, e.g. "reference frame").
Status require_nonempty(std::string_view value, std::string_view what);

// BODS2C; SPICE(IDCODENOTFOUND) ("Could not map body name ... to an ID code.", as spkcvo and
// spkcvt word it) for a name that is neither known nor an integer.
Result<int> body_id(const Context& ctx, std::string_view name);

}  // namespace sc::geometry
