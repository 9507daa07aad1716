// Light-time iterations of SPKLTC (states) and SPKAPO (positions); see light_time.hpp.
#include "geometry/light_time.hpp"

#include <cmath>

#include "geometry/geometric.hpp"
#include "geometry/speed_of_light.hpp"

namespace sc::geometry {

using math::make_state;
using math::position_of;
using math::State;
using math::state_sub;
using math::vdot;
using math::Vec3;
using math::velocity_of;
using math::vlcom;
using math::vnorm;
using math::vsub;

namespace {

constexpr int kLtIterations = 1;
constexpr int kCnMaxIterationsState = 5;    // SPKLTC: upper bound, normally 2-3 are used
constexpr double kCnConvergence = 1e-17;    // SPKLTC: relative change of the corrected epoch
constexpr int kCnIterationsPosition = 3;    // SPKAPO: always three
// SPKLTC refuses to divide by 1 - s*C*A when s*C*A exceeds 1 - 1e-10.
constexpr double kRangeRateLimit = 0.99999999989999999;

// The light-corrected epoch: et - lt when receiving, et + lt when transmitting. Written as
// et + sign*lt, which is exact either way.
double corrected_epoch(double et, double sign, double lt) { return et + sign * lt; }

double sign_of(const AbCorr& corr) { return corr.transmission ? 1.0 : -1.0; }

}  // namespace

Result<LightTimeState> light_time_state(const Context& ctx, int target, double et, const OutputFrame& frame,
                                        const AbCorr& corr, const State& observer_ssb, spk::LegCache* legs) {
  return light_time_state_of([&](double epoch) { return ssb_state_in(ctx, target, epoch, frame, legs); }, et, corr,
                             observer_ssb);
}

Result<LightTimeState> light_time_state_of(const TargetSsbState& target_at, double et, const AbCorr& corr,
                                           const State& observer_ssb) {
  SC_TRY_ASSIGN(auto&& first, target_at(et));
  State target_ssb = first;
  State rel = state_sub(target_ssb, observer_ssb);
  const double dist = vnorm(position_of(rel));
  double lt = dist / kClight;

  // Observer and target coincide: nothing to correct, and the light-time rate is undefined.
  if (lt == 0.0) return LightTimeState{rel, 0.0, 0.0};

  if (!corr.light_time) {
    // Geometric: dlt is just the range rate over c.
    const double dlt = vdot(position_of(rel), velocity_of(rel)) / (dist * kClight);
    return LightTimeState{rel, lt, dlt};
  }

  const double sign = sign_of(corr);
  const int max_iterations = corr.converged ? kCnMaxIterationsState : kLtIterations;
  double change = 1.0;
  for (int i = 0; i < max_iterations && change > kCnConvergence; ++i) {
    const double epoch = corrected_epoch(et, sign, lt);
    SC_TRY_ASSIGN(auto&& at_epoch, target_at(epoch));
    target_ssb = at_epoch;
    rel = state_sub(target_ssb, observer_ssb);
    const double previous = lt;
    lt = vnorm(position_of(rel)) / kClight;
    const double scale = 1.0 >= std::fabs(epoch) ? 1.0 : std::fabs(epoch);
    change = std::fabs(lt - previous) / scale;
  }

  // Differentiating lt = |r_target(et + s*lt) - r_observer(et)| / c gives
  // dlt = A*(B + C*s*dlt), solved for dlt below.
  const Vec3 pos = position_of(rel);
  const double a = 1.0 / (kClight * vnorm(pos));
  const double b = vdot(pos, velocity_of(rel));
  const double c = vdot(pos, velocity_of(target_ssb));
  if (sign * c * a > kRangeRateLimit) {
    return make_error("SPICE(DIVIDEBYZERO)",
                      "The target's range rate is about the speed of light; the light-time rate cannot be computed.");
  }
  const double dlt = a * b / (1.0 - sign * c * a);

  // The target's velocity is taken at the corrected epoch, which itself moves at rate 1 + s*dlt.
  const Vec3 vel = vlcom(sign * dlt + 1.0, velocity_of(target_ssb), -1.0, velocity_of(observer_ssb));
  return LightTimeState{make_state(pos, vel), lt, dlt};
}

Result<LightTimePosition> light_time_position(const Context& ctx, int target, double et, const OutputFrame& frame,
                                              const AbCorr& corr, const State& observer_ssb, spk::LegCache* legs) {
  const Vec3 observer_pos = position_of(observer_ssb);
  SC_TRY_ASSIGN(auto&& first, ssb_state_in(ctx, target, et, frame, legs));
  Vec3 pos = vsub(position_of(first), observer_pos);
  double lt = vnorm(pos) / kClight;

  int iterations = 0;
  if (corr.light_time) iterations = corr.converged ? kCnIterationsPosition : kLtIterations;
  const double sign = sign_of(corr);
  for (int i = 0; i < iterations; ++i) {
    SC_TRY_ASSIGN(auto&& at_epoch, ssb_state_in(ctx, target, corrected_epoch(et, sign, lt), frame, legs));
    pos = vsub(position_of(at_epoch), observer_pos);
    lt = vnorm(pos) / kClight;
  }
  return LightTimePosition{pos, lt};
}

}  // namespace sc::geometry
