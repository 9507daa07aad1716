// ZZCVXSTA (see constant_velocity_point.hpp).
#include "geometry/constant_velocity_point.hpp"

#include "frames/frames_api.hpp"
#include "frames/state_transforms.hpp"
#include "geometry/frame_ephemeris.hpp"

namespace sc::geometry {

using math::make_state;
using math::position_of;
using math::velocity_of;
using math::vlcom;

Result<math::State> point_state(const Context& ctx, const ConstantVelocityPoint& point, double et,
                                std::string_view ref) {
  const double delta = et - point.epoch;
  const math::State moved =
      make_state(vlcom(1.0, position_of(point.state), delta, velocity_of(point.state)), velocity_of(point.state));
  const SpkEphemeris eph(ctx);
  SC_TRY_ASSIGN(auto&& xform, frames::sxform(ctx, point.frame, ref, et, eph.env()));
  return frames::apply(xform, moved);
}

}  // namespace sc::geometry
