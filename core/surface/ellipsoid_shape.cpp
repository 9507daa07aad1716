// See ellipsoid_shape.hpp.
#include "surface/ellipsoid_shape.hpp"

#include <algorithm>

#include "math/ellipsoid.hpp"

namespace sc::surface {

Result<std::optional<math::Vec3>> ellipsoid_intercept(const math::Vec3& vertex, const math::Vec3& dir,
                                                      const math::Vec3& radii) {
  return math::surfpt(vertex, dir, radii[0], radii[1], radii[2]);
}

Result<NearRayPoint> ellipsoid_near_ray(const math::Vec3& vertex, const math::Vec3& dir, const math::Vec3& radii) {
  SC_TRY_ASSIGN(auto&& np, math::npedln(radii[0], radii[1], radii[2], vertex, dir));
  return NearRayPoint{np.pnear, np.dist};
}

// ZZMAXRAD (ZZSUELIN's): the largest semi-axis.
double ellipsoid_max_radius(const math::Vec3& radii) { return std::max({radii[0], radii[1], radii[2]}); }

}  // namespace sc::surface
