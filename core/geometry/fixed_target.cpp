// ZZSPKFZT, ZZSPKFAT, ZZSPKFAP and ZZSPKFLT (see fixed_target.hpp).
#include "geometry/fixed_target.hpp"

#include <array>
#include <string>

#include "geometry/apparent_state.hpp"
#include "geometry/geometric.hpp"
#include "geometry/light_rate_transform.hpp"
#include "geometry/output_frame.hpp"
#include "math/vector_ops.hpp"

namespace sc::geometry {

using math::position_of;
using math::State;
using math::state_add;
using math::Vec3;
using math::velocity_of;

namespace {

constexpr double kAccelerationStep = 1.0;  // ZZSPKFAT differentiates over et -+ 1 s

}  // namespace

Result<LightTimeState> apparent_state_of_point(const Context& ctx, const ConstantVelocityPoint& target, double et,
                                               std::string_view ref, const AbCorr& corr, int observer) {
  SC_TRY_ASSIGN(auto&& frame, builtin_inertial_frame(ref));
  SC_TRY_ASSIGN(auto&& observer_ssb, ssb_state_in(ctx, observer, et, frame));
  Vec3 acc{0.0, 0.0, 0.0};
  if (corr.stellar) {
    std::array<Vec3, 2> velocities{};
    for (int i = 0; i < 2; ++i) {
      const double t = et + (i == 0 ? -1.0 : 1.0) * kAccelerationStep;
      SC_TRY_ASSIGN(auto&& s, ssb_state_in(ctx, observer, t, frame));
      velocities[static_cast<std::size_t>(i)] = velocity_of(s);
    }
    acc = math::qderiv(velocities[0], velocities[1], kAccelerationStep);
  }
  // ZZSPKFAP / ZZSPKFLT: the target's SSB state at an epoch is its center's SSB state plus the
  // point's state relative to the center (VADDG(ctrssb, sttctr)).
  const auto target_at = [&](double epoch) -> Result<State> {
    SC_TRY_ASSIGN(auto&& relative, point_state(ctx, target, epoch, ref));
    SC_TRY_ASSIGN(auto&& center, ssb_state_in(ctx, target.center, epoch, frame));
    return state_add(center, relative);
  };
  return apparent_state_of(target_at, et, corr, observer_ssb, acc);
}

Result<StateLt> state_of_point(const Context& ctx, const ConstantVelocityPoint& target, double et,
                               std::string_view ref, const AbCorr& corr, int observer) {
  if (corr.geometric) {
    SC_TRY_ASSIGN(auto&& relative, point_state(ctx, target, et, ref));
    SC_TRY_ASSIGN(auto&& center, spkgeo(ctx, target.center, et, ref, observer));
    const State s = state_add(relative, center.state);
    return StateLt{s, light_time_of(position_of(s))};
  }

  SC_TRY_ASSIGN(auto&& frame, frame_kind(ctx, ref));
  if (frame.kind == FrameKind::Unknown) {
    return make_error("SPICE(UNKNOWNFRAME)", "The requested output frame '" + std::string(ref) +
                                                 "' is not recognized by the reference frame subsystem.");
  }
  if (frame.kind == FrameKind::Inertial) {
    SC_TRY_ASSIGN(auto&& s, apparent_state_of_point(ctx, target, et, ref, corr, observer));
    return StateLt{s.state, s.lt};
  }

  // A non-inertial frame: the J2000 state, transformed at the epoch the frame's center is seen at.
  SC_TRY_ASSIGN(auto&& j2000, apparent_state_of_point(ctx, target, et, "J2000", corr, observer));
  const int center = frame.center;  // 0 for a frame FRINFO does not describe
  CenterLight to_center{};
  if (center != observer) {
    // ZZSPKFZT has no shortcut for a frame centered on the target's center (the point is not
    // that center), so that light time is computed from the observer (SPKLTC).
    const OutputFrame j2000_out = j2000_frame();
    SC_TRY_ASSIGN(auto&& observer_ssb, ssb_state_in(ctx, observer, et, j2000_out));
    SC_TRY_ASSIGN(auto&& c, light_time_state(ctx, center, et, j2000_out, corr, observer_ssb));
    to_center = CenterLight{c.lt, c.dlt};
  }
  SC_TRY_ASSIGN(auto&& state, transform_at_light_time(ctx, frame.id, et, corr, to_center, j2000.state));
  return StateLt{state, j2000.lt};
}

}  // namespace sc::geometry
