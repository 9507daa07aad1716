// A triaxial ellipsoid x^2/a^2 + y^2/b^2 + z^2/c^2 = 1 (semi-axes a, b, c along x, y, z):
// SPICELIB's SURFNM (the outward unit normal at a surface point) and NEARPT (the surface point
// nearest to a point, and the point's altitude above it). NEARPT solves for the Lagrange
// multiplier by bisection and then refines the answer for up to five passes; every comparison and
// operation of that search is NEARPT's, so the results carry its bits.
#pragma once

#include "errors/result.hpp"
#include "math/vector_ops.hpp"

namespace sc::math {

// SURFNM: the unit normal at `point` (assumed on the surface). SPICE(BADAXISLENGTH) when a semi-axis
// is not positive.
Result<Vec3> surfnm(double a, double b, double c, const Vec3& point);

struct NearPoint {
  Vec3 npoint{};   // the surface point nearest to the input point
  double alt = 0;  // signed distance from npoint to the point: negative inside the ellipsoid
};

// NEARPT. SPICE(BADAXISLENGTH) for a semi-axis that is not positive or an axis ratio that could
// overflow, SPICE(INPUTSTOOLARGE) for a point far enough to overflow, SPICE(BUG) where NEARPT
// reports its own failures.
Result<NearPoint> nearpt(const Vec3& positn, double a, double b, double c);

}  // namespace sc::math
