// Planetodetic coordinates on a reference spheroid (SPICELIB's GEOREC, RECGEO, DRDGEO, DGEODR):
// longitude, latitude
// (the angle of the surface normal above the equator) and altitude along that normal, on the
// spheroid of equatorial radius re and flattening f = (re - rp) / re.
#pragma once

#include "errors/result.hpp"
#include "math/rotation.hpp"
#include "math/vector_ops.hpp"

namespace sc::math {

// GEOREC: angles in radians, distances in the unit of `re`. SPICE(VALUEOUTOFRANGE) when re <= 0 or
// f >= 1.
Result<Vec3> georec(double lon, double lat, double alt, double re, double f);

struct Geodetic {
  double lon = 0;  // radians, (-pi, pi]; 0 on the z-axis
  double lat = 0;  // radians, [-pi/2, pi/2]: the latitude of the surface normal
  double alt = 0;  // signed distance above the nearest point of the spheroid
};

// RECGEO: the nearest point of the spheroid (NEARPT), its normal (SURFNM) gives the latitude
// (RECLAT); the longitude is atan2(y, x) of the input (0 on the z-axis). SPICE(VALUEOUTOFRANGE)
// when re <= 0 or f >= 1; NEARPT's errors for points it cannot handle.
Result<Geodetic> recgeo(const Vec3& rectan, double re, double f);

// DRDGEO: d(x, y, z) / d(lon, lat, alt), row-major. SPICE(VALUEOUTOFRANGE) when f >= 1, then
// SPICE(BADRADIUS) when re <= 0 (DRDGEO's order and codes, unlike GEOREC's).
Result<Mat3> drdgeo(double lon, double lat, double alt, double re, double f);

// DGEODR: d(lon, lat, alt) / d(x, y, z), DRDGEO inverted by INVORT at RECGEO's coordinates.
// SPICE(VALUEOUTOFRANGE) (f >= 1), SPICE(BADRADIUS) (re <= 0), SPICE(POINTONZAXIS) (x = y = 0), in
// that order.
Result<Mat3> dgeodr(double x, double y, double z, double re, double f);

}  // namespace sc::math
