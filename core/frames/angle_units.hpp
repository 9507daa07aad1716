// CONVRT restricted to what TK frame definitions need: an angle in any of SPICELIB's angle units
// converted to radians, computed as CONVRT does (x * degrees-per-unit, then / degrees-per-radian).
// Unknown units are SPICE(UNITSNOTREC); SPICELIB's distance and time units are recognised but
// SPICE(INCOMPATIBLEUNITS).
#pragma once

#include <string_view>

#include "errors/result.hpp"

namespace sc::frames {

Result<double> angle_to_radians(double value, std::string_view units);

}  // namespace sc::frames
