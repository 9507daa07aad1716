// ZZSPKFZO and ZZSPKFAO (see fixed_observer.hpp).
#include "geometry/fixed_observer.hpp"

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
using math::state_sub;
using math::Vec3;
using math::velocity_of;

namespace {

constexpr double kAccelerationStep = 1.0;  // ZZSPKFAO differentiates over et -+ 1 s

// The point's SSB state in the inertial frame `frame` (named `ref`): the point relative to its
// center plus the center's SSB state (ZZSPKFAO's VADDG).
Result<State> point_ssb_state(const Context& ctx, const ConstantVelocityPoint& point, double et,
                              std::string_view ref, const OutputFrame& frame) {
  SC_TRY_ASSIGN(auto&& relative, point_state(ctx, point, et, ref));
  SC_TRY_ASSIGN(auto&& center, ssb_state_in(ctx, point.center, et, frame));
  return state_add(relative, center);
}

}  // namespace

Result<LightTimeState> apparent_state_from_point(const Context& ctx, int target, double et, std::string_view ref,
                                                 const AbCorr& corr, const ConstantVelocityPoint& observer) {
  SC_TRY_ASSIGN(auto&& frame, builtin_inertial_frame(ref));
  SC_TRY_ASSIGN(auto&& observer_ssb, point_ssb_state(ctx, observer, et, ref, frame));
  Vec3 acc{0.0, 0.0, 0.0};
  if (corr.stellar) {
    std::array<Vec3, 2> velocities{};
    for (int i = 0; i < 2; ++i) {
      const double t = et + (i == 0 ? -1.0 : 1.0) * kAccelerationStep;
      SC_TRY_ASSIGN(auto&& s, point_ssb_state(ctx, observer, t, ref, frame));
      velocities[static_cast<std::size_t>(i)] = velocity_of(s);
    }
    acc = math::qderiv(velocities[0], velocities[1], kAccelerationStep);
  }
  // SPKAPS: the same frame and corrections (it would refuse them as above).
  return apparent_state_from(ctx, target, et, frame, corr, observer_ssb, acc);
}

Result<StateLt> state_from_point(const Context& ctx, int target, double et, std::string_view ref,
                                 const AbCorr& corr, const ConstantVelocityPoint& observer) {
  if (corr.geometric) {
    SC_TRY_ASSIGN(auto&& relative, point_state(ctx, observer, et, ref));
    SC_TRY_ASSIGN(auto&& from_center, spkgeo(ctx, target, et, ref, observer.center));
    const State s = state_sub(from_center.state, relative);
    return StateLt{s, light_time_of(position_of(s))};
  }

  SC_TRY_ASSIGN(auto&& frame, frame_kind(ctx, ref));
  if (frame.kind == FrameKind::Unknown) {
    return make_error("SPICE(UNKNOWNFRAME)", "The requested output frame '" + std::string(ref) +
                                                 "' is not recognized by the reference frame subsystem.");
  }
  if (frame.kind == FrameKind::Inertial) {
    SC_TRY_ASSIGN(auto&& s, apparent_state_from_point(ctx, target, et, ref, corr, observer));
    return StateLt{s.state, s.lt};
  }

  // A non-inertial frame: the J2000 state, transformed at the epoch the frame's center is seen at.
  SC_TRY_ASSIGN(auto&& j2000, apparent_state_from_point(ctx, target, et, "J2000", corr, observer));
  const int center = frame.center;  // 0 for a frame FRINFO does not describe
  CenterLight to_center{j2000.lt, j2000.dlt};
  if (center != target) {
    // ZZSPKFZO has no shortcut for a frame centered on the observer's center: the point is not
    // that center, so the light time from the point to it is computed (SPKLTC).
    const OutputFrame j2000_out = j2000_frame();
    SC_TRY_ASSIGN(auto&& observer_ssb, point_ssb_state(ctx, observer, et, "J2000", j2000_out));
    SC_TRY_ASSIGN(auto&& c, light_time_state(ctx, center, et, j2000_out, corr, observer_ssb));
    to_center = CenterLight{c.lt, c.dlt};
  }
  SC_TRY_ASSIGN(auto&& state, transform_at_light_time(ctx, frame.id, et, corr, to_center, j2000.state));
  return StateLt{state, j2000.lt};
}

}  // namespace sc::geometry
