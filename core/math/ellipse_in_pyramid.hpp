// Is an ellipse (or the plane region it bounds) in view of a pyramidal field of view? SPICELIB's
// private ZZELVUPY with its helper ZZWIND (the winding number of a polygon about a point in a
// plane): FOVTRG's test for an ellipsoidal target's limb in a rectangular or polygonal FOV.
#pragma once

#include <vector>

#include "errors/result.hpp"
#include "math/ellipses.hpp"
#include "math/vector_ops.hpp"

namespace sc::math {

// ZZELVUPY: `bounds` holds n edge vectors (3 numbers each) of the pyramid with apex `vertex` and
// central `axis`. Errors: SPICE(ZEROVECTOR), SPICE(DEGENERATECASE), SPICE(INVALIDCOUNT),
// SPICE(INVALIDFOV) (an edge at pi/2 or more from the axis, or two equal neighbours).
Result<bool> zzelvupy(const Ellipse& ellipse, const Vec3& vertex, const Vec3& axis, int n,
                      const std::vector<double>& bounds);

}  // namespace sc::math
