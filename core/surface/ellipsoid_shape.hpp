// The ellipsoid side of the surface-geometry calls, as CSPICE's ZZSUELIN callbacks provide it:
// the ray-surface intercept (ZZRAYSFX: SURFPT on the target's radii), the nearest point of the
// ellipsoid to a ray (ZZRAYNP: NPEDLN) and the bounding radius (ZZMAXRAD: the largest radius).
#pragma once

#include <optional>

#include "errors/result.hpp"
#include "math/vector_ops.hpp"

namespace sc::surface {

// SURFPT: the first point where the ray from `vertex` along `dir` meets the ellipsoid, or nullopt.
Result<std::optional<math::Vec3>> ellipsoid_intercept(const math::Vec3& vertex, const math::Vec3& dir,
                                                      const math::Vec3& radii);

struct NearRayPoint {
  math::Vec3 pnear{};  // the ellipsoid point nearest the line
  double dist = 0;     // its distance from the line
};

// NPEDLN: the point of the ellipsoid nearest the line through `vertex` along `dir`.
Result<NearRayPoint> ellipsoid_near_ray(const math::Vec3& vertex, const math::Vec3& dir, const math::Vec3& radii);

// ZZMAXRAD for an ellipsoid: its largest semi-axis.
double ellipsoid_max_radius(const math::Vec3& radii);

}  // namespace sc::surface
