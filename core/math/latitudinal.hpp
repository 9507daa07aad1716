// Latitudinal coordinates (radius, longitude, latitude) and the Jacobian of the conversion from
// rectangular ones: SPICELIB's RECLAT, LATREC, DRDLAT and DLATDR, with their operation order (RECLAT
// scales by the largest component before the square roots; DLATDR inverts DRDLAT's matrix as INVORT
// does, column by column). Azimuth/elevation (azimuth_elevation.hpp) is built on these.
#pragma once

#include "errors/result.hpp"
#include "math/rotation.hpp"
#include "math/vector_ops.hpp"

namespace sc::math {

struct Latitudinal {
  double radius = 0;  // distance from the origin
  double lon = 0;     // radians, (-pi, pi]; 0 on the z-axis
  double lat = 0;     // radians, [-pi/2, pi/2]
};

// RECLAT: all three 0 for the zero vector.
Latitudinal reclat(const Vec3& rectan);

// reclat_c, CSPICE's own C version of RECLAT (what the reclat call and recrad_c use): the same
// scaling, but the longitude is atan2 of the *scaled* y and x, which can differ from RECLAT's in the
// last bit. SPICELIB routines (DLATDR, RECGEO, XFMSTA, RECAZL) call the Fortran RECLAT above.
Latitudinal reclat_c(const Vec3& rectan);

// LATREC: (r cos(lon) cos(lat), r sin(lon) cos(lat), r sin(lat)), each product left to right.
Vec3 latrec(double radius, double lon, double lat);

// DRDLAT: d(x, y, z) / d(radius, lon, lat) at a point, row-major (row = x, y, z; column = radius,
// lon, lat).
Mat3 drdlat(double radius, double lon, double lat);

// DLATDR: d(radius, lon, lat) / d(x, y, z), the inverse of DRDLAT at the point's latitudinal
// coordinates (INVORT: its columns are orthogonal). SPICE(POINTONZAXIS) when x = y = 0, where
// longitude is undefined.
Result<Mat3> dlatdr(double x, double y, double z);

}  // namespace sc::math
