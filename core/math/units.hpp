// Unit conversion (CONVRT through convrt_c): a measurement from one unit to another of the same
// kind. Angles: RADIANS DEGREES ARCMINUTES ARCSECONDS HOURANGLE MINUTEANGLE SECONDANGLE. Distances:
// M METERS KM KILOMETERS CM CENTIMETERS MM MILLIMETERS FEET INCHES YARDS STATUTE_MILES
// NAUTICAL_MILES AU PARSECS LIGHTSECS LIGHTYEARS. Times: SECONDS MINUTES HOURS DAYS JULIAN_YEARS
// TROPICAL_YEARS YEARS. Names are case-insensitive but not blank-insensitive: CONVRT upper-cases
// them into 16 characters without left-justifying, so " KM" is unknown and a name is cut after 16
// characters.
#pragma once

#include <string_view>

#include "errors/result.hpp"

namespace sc::math {

// x in `in` units, expressed in `out` units: x times the factor of `in`, divided by the factor of
// `out` (CONVRT's arithmetic, so the result is CSPICE's to the bit). Unknown names fail with
// SPICE(UNITSNOTREC), units of different kinds with SPICE(INCOMPATIBLEUNITS), empty names with
// SPICE(EMPTYSTRING).
Result<double> convrt(double x, std::string_view in, std::string_view out);

}  // namespace sc::math
