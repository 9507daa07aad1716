// Planetodetic coordinates on a reference spheroid (SPICELIB's GEOREC): longitude, latitude
// (the angle of the surface normal above the equator) and altitude along that normal, on the
// spheroid of equatorial radius re and flattening f = (re - rp) / re.
#pragma once

#include "errors/result.hpp"
#include "math/vector_ops.hpp"

namespace sc::math {

// GEOREC: angles in radians, distances in the unit of `re`. SPICE(VALUEOUTOFRANGE) when re <= 0 or
// f >= 1.
Result<Vec3> georec(double lon, double lat, double alt, double re, double f);

}  // namespace sc::math
