// The extreme angular separation of a ray and an ellipse (SPICELIB's private ZZASRYEL): the point
// of the ellipse seen at the smallest (or largest) angle from the ray, and that angle, negative
// when the ray passes through the plane region the ellipse bounds. ZZOCCED uses it to classify
// occultations of one ellipsoid by another through their limbs.
#pragma once

#include "errors/result.hpp"
#include "math/ellipses.hpp"
#include "math/vector_ops.hpp"

namespace sc::math {

struct RayEllipseSeparation {
  double angle = 0;  // radians; negative when the ray meets the ellipse's plane inside it
  Vec3 extpt{};      // the ellipse point at which it is attained
};

// ZZASRYEL: `minimum` selects MIN (else MAX). A coarse scan of 400 (320 for an exterior minimum)
// points of the ellipse, then a golden-section search on the distance between unit vectors to
// 1e-9 in the ellipse's angle parameter, at most 100 steps. Quirk kept: the point and angle
// returned are those of the last point the search evaluated, not of its best bracket point.
// Errors: SPICE(INVALIDAXISLENGTH) (a zero semi-axis), SPICE(ZEROVECTOR) (dir),
// SPICE(DEGENERATECASE) (the vertex in the ellipse's plane).
Result<RayEllipseSeparation> zzasryel(bool minimum, const Ellipse& ellipse, const Vec3& vertex, const Vec3& dir);

}  // namespace sc::math
