// Geometric states in an inertial output frame (see geometric.hpp).
#include "geometry/geometric.hpp"

#include "geometry/speed_of_light.hpp"
#include "spk/spk_api.hpp"

namespace sc::geometry {

using math::State;
using math::Vec3;
using math::vnorm;

Result<State> ssb_state_in(const Context& ctx, int body, double et, const OutputFrame& frame, spk::LegCache* legs) {
  SC_TRY_ASSIGN(auto&& j2000, spk::ssb_state_j2000(ctx.kernels(), body, et, legs));
  return rotate_state(frame, j2000);
}

Result<State> geometric_state_in(const Context& ctx, int target, double et, const OutputFrame& frame, int observer,
                                 spk::LegCache* legs) {
  SC_TRY_ASSIGN(auto&& j2000, spk::geometric_state_j2000(ctx.kernels(), target, et, observer, legs));
  return rotate_state(frame, j2000);
}

double light_time_of(const Vec3& pos) { return vnorm(pos) / kClight; }

}  // namespace sc::geometry
