// SPKACS / SPKAPS / SPKAPO: light time and stellar aberration combined (see apparent_state.hpp).
#include "geometry/apparent_state.hpp"

#include "geometry/finite_result.hpp"
#include "geometry/geometric.hpp"
#include "geometry/stellar_aberration.hpp"

namespace sc::geometry {

using math::make_state;
using math::position_of;
using math::qderiv;
using math::State;
using math::vadd;
using math::Vec3;
using math::velocity_of;

namespace {

// SPKACS differentiates the observer's velocity over et -+ this many seconds.
constexpr double kAccelerationStep = 1.0;

Result<Vec3> observer_acceleration(const Context& ctx, int observer, double et, const OutputFrame& frame,
                                   spk::LegCache* legs) {
  std::array<Vec3, 2> velocities{};
  for (int i = 0; i < 2; ++i) {
    const double t = et + (i == 0 ? -1.0 : 1.0) * kAccelerationStep;
    SC_TRY_ASSIGN(auto&& s, ssb_state_in(ctx, observer, t, frame, legs));
    velocities[static_cast<std::size_t>(i)] = velocity_of(s);
  }
  return qderiv(velocities[0], velocities[1], kAccelerationStep);
}

}  // namespace

Result<LightTimeState> apparent_state(const Context& ctx, int target, double et, const OutputFrame& frame,
                                      const AbCorr& corr, int observer, spk::LegCache* legs) {
  SC_TRY_ASSIGN(auto&& observer_ssb, ssb_state_in(ctx, observer, et, frame, legs));
  Vec3 acc{0.0, 0.0, 0.0};
  if (corr.stellar) {
    SC_TRY_ASSIGN(auto&& a, observer_acceleration(ctx, observer, et, frame, legs));
    acc = a;
  }
  return apparent_state_from(ctx, target, et, frame, corr, observer_ssb, acc, legs);
}

Result<LightTimeState> apparent_state_from(const Context& ctx, int target, double et, const OutputFrame& frame,
                                           const AbCorr& corr, const State& observer_ssb, const Vec3& accobs,
                                           spk::LegCache* legs) {
  return apparent_state_of([&](double epoch) { return ssb_state_in(ctx, target, epoch, frame, legs); }, et, corr,
                           observer_ssb, accobs);
}

Result<LightTimeState> apparent_state_of(const TargetSsbState& target_at, double et, const AbCorr& corr,
                                         const State& observer_ssb, const Vec3& accobs) {
  SC_TRY_ASSIGN(auto&& corrected, light_time_state_of(target_at, et, corr, observer_ssb));
  LightTimeState out = corrected;
  SC_TRY(require_finite({out.lt, out.dlt}, "the light time", et));
  SC_TRY(require_finite(out.state, "the light-time corrected state", et));
  if (!corr.stellar) return out;
  SC_TRY_ASSIGN(auto&& sa, stellar_correction(corr.transmission, accobs, velocity_of(observer_ssb), out.state));
  // The offsets are added to the light-time-corrected vectors (not the other way round: the sum
  // is the same, but keeping SPKAPS's VADD(correction, vector) documents where it comes from).
  const Vec3 pos = vadd(sa.dpos, position_of(out.state));
  const Vec3 vel = vadd(sa.dvel, velocity_of(out.state));
  out.state = make_state(pos, vel);
  SC_TRY(require_finite(out.state, "the stellar-aberration corrected state", et));
  return out;
}

Result<LightTimePosition> apparent_position(const Context& ctx, int target, double et, const OutputFrame& frame,
                                            const AbCorr& corr, const State& observer_ssb, spk::LegCache* legs) {
  SC_TRY_ASSIGN(auto&& corrected, light_time_position(ctx, target, et, frame, corr, observer_ssb, legs));
  LightTimePosition out = corrected;
  SC_TRY(require_finite({out.lt}, "the light time", et));
  SC_TRY(require_finite(out.pos, "the light-time corrected position", et));
  if (!corr.stellar) return out;
  const Vec3 vobs = velocity_of(observer_ssb);
  SC_TRY_ASSIGN(auto&& pos, corr.transmission ? stlabx(out.pos, vobs) : stelab(out.pos, vobs));
  out.pos = pos;
  SC_TRY(require_finite(out.pos, "the stellar-aberration corrected position", et));
  return out;
}

}  // namespace sc::geometry
