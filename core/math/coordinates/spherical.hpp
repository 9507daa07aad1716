// Spherical coordinates (radius, colat, lon): distance from the origin, angle from the +z axis in
// [0, pi], longitude in (-pi, pi]. SPICELIB's RECSPH, SPHREC, DRDSPH and DSPHDR (recsph_c and
// sphrec_c compute the same expressions in the same order).
#pragma once

#include "errors/result.hpp"
#include "math/rotation.hpp"
#include "math/vector_ops.hpp"

namespace sc::math {

struct Spherical {
  double radius = 0;  // distance from the origin
  double colat = 0;   // radians from the +z axis, [0, pi]
  double lon = 0;     // radians, (-pi, pi]; 0 on the z-axis
};

// RECSPH: all three scaled by the largest |component| for the radius and colatitude; the longitude
// from the unscaled x and y. All 0 for the zero vector.
Spherical recsph(const Vec3& rectan);

// SPHREC: (r cos(lon) sin(colat), r sin(lon) sin(colat), r cos(colat)), left to right.
Vec3 sphrec(double radius, double colat, double lon);

// DRDSPH: d(x, y, z) / d(radius, colat, lon), row-major.
Mat3 drdsph(double radius, double colat, double lon);

// DSPHDR: d(radius, colat, lon) / d(x, y, z), DRDSPH inverted by INVORT at RECSPH's coordinates.
// SPICE(POINTONZAXIS) when x = y = 0.
Result<Mat3> dsphdr(double x, double y, double z);

}  // namespace sc::math
