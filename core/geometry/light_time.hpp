// Light-time corrections: where the target was when the photons that reach the observer at `et`
// left it (reception, LT/CN), or where it will be when photons leaving the observer at `et`
// arrive (transmission, XLT/XCN). The observer stays at its geometric position at `et`.
//
// CSPICE has two iterations and both are reproduced, because they stop differently:
//  - states (SPKLTC, used by spkezr/spkez): LT does one iteration; CN at most 5, stopping as soon
//    as |lt - previous lt| / max(1, |epoch|) <= 1e-17, where epoch is the light-time-corrected
//    epoch of that iteration. The velocity includes d(lt)/dt:
//        v = v_target(et +- lt) * (1 +- dlt) - v_observer(et)
//        dlt = A*B / (1 - s*C*A),  A = 1/(c |r|),  B = <r, v_rel>,  C = <r, v_target>
//    with s = -1 (reception) or +1 (transmission).
//  - positions (SPKAPO, used by spkpos/spkezp): LT one iteration, CN exactly 3, no convergence test.
#pragma once

#include "context.hpp"
#include "errors/result.hpp"
#include "geometry/abcorr.hpp"
#include "geometry/output_frame.hpp"
#include "math/vector_ops.hpp"
#include "util/function_ref.hpp"

namespace sc::spk {
class LegCache;
}

namespace sc::geometry {

struct LightTimeState {
  math::State state{};  // target relative to observer, light-time corrected, in the output frame
  double lt = 0;    // one-way light time, s
  double dlt = 0;   // d(lt)/d(et), unitless
};

struct LightTimePosition {
  math::Vec3 pos{};
  double lt = 0;
};

// The target's geometric state relative to the solar-system barycenter, in the output frame, at an
// epoch: a body's SPK chain (SPKLTC), or a point with constant velocity relative to a body
// (ZZSPKFLT, for spkcvt/spkcpt). A reference, not a copy: it is only called during the call.
using TargetSsbState = util::FunctionRef<Result<math::State>(double epoch)>;

// SPKLTC. `observer_ssb` is the observer's geometric state relative to the SSB at `et`, in `frame`.
// A zero separation gives lt = dlt = 0 and the geometric state. SPICE(DIVIDEBYZERO) when the
// target's range rate is about the speed of light. `legs` (may be null) keeps segments and records
// across a batch's epochs (spk/leg_cache.hpp), here and below.
Result<LightTimeState> light_time_state(const Context& ctx, int target, double et, const OutputFrame& frame,
                                        const AbCorr& corr, const math::State& observer_ssb,
                                        spk::LegCache* legs = nullptr);

// SPKLTC's iteration for any target (ZZSPKFLT for a constant-velocity point).
Result<LightTimeState> light_time_state_of(const TargetSsbState& target_at, double et, const AbCorr& corr,
                                           const math::State& observer_ssb);

// SPKAPO's light-time part (no stellar aberration).
Result<LightTimePosition> light_time_position(const Context& ctx, int target, double et, const OutputFrame& frame,
                                              const AbCorr& corr, const math::State& observer_ssb,
                                              spk::LegCache* legs = nullptr);

}  // namespace sc::geometry
