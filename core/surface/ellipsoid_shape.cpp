// See ellipsoid_shape.hpp.
#include "surface/ellipsoid_shape.hpp"

#include <algorithm>

namespace sc::surface {

// TODO(issue 13): SURFPT and NPEDLN come from the vectors part (core/math); until they are in main
// these two report that they are missing instead of computing.
Result<std::optional<math::Vec3>> ellipsoid_intercept(const math::Vec3&, const math::Vec3&, const math::Vec3&) {
  return make_error("SPICE(NOTSUPPORTED)", "SURFPT is not in this build yet.");
}

Result<NearRayPoint> ellipsoid_near_ray(const math::Vec3&, const math::Vec3&, const math::Vec3&) {
  return make_error("SPICE(NOTSUPPORTED)", "NPEDLN is not in this build yet.");
}

double ellipsoid_max_radius(const math::Vec3& radii) { return std::max({radii[0], radii[1], radii[2]}); }

}  // namespace sc::surface
