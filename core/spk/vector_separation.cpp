#include "spk/vector_separation.hpp"

#include "math/angles.hpp"
#include "math/trig.hpp"

namespace sc::spk {
double vector_separation(const geometry::Vec3& v1, const geometry::Vec3& v2) {
  // UNORM is VNORM followed by a division of each component, which is what vhat does.
  if (geometry::vnorm(v1) == 0.0) return 0.0;
  const geometry::Vec3 u1 = geometry::vhat(v1);
  if (geometry::vnorm(v2) == 0.0) return 0.0;
  const geometry::Vec3 u2 = geometry::vhat(v2);
  const double dot = geometry::vdot(u1, u2);
  if (dot > 0.0) return math::asin(geometry::vnorm(geometry::vsub(u1, u2)) * 0.5) * 2.0;
  if (dot < 0.0) return math::kPi - math::asin(geometry::vnorm(geometry::vadd(u1, u2)) * 0.5) * 2.0;
  return math::kPi / 2.0;
}

}  // namespace sc::spk
