// Aberration-corrected target states and positions relative to an observer, in an inertial
// output frame: CSPICE's SPKACS/SPKAPS (states) and SPKAPO (positions).
//
// States (SPKACS): the observer's geometric SSB state at et; when stellar aberration is asked
// for, also its acceleration, by a central difference of its SSB velocity at et -+ 1 s (QDERIV);
// then the light-time-corrected state (light_time.hpp) plus the stellar-aberration offset and
// its rate (ZZSTELAB, stellar_aberration.hpp).
//
// Positions (SPKAPO): the light-time-corrected position, then STELAB (reception) or STLABX
// (transmission) with the observer's SSB velocity.
#pragma once

#include "context.hpp"
#include "errors/result.hpp"
#include "geometry/abcorr.hpp"
#include "geometry/light_time.hpp"
#include "geometry/output_frame.hpp"
#include "math/vector_ops.hpp"

namespace sc::geometry {

// SPKACS. `corr` must not be geometric (spkez sends NONE to spkgeo).
// `legs` (may be null) keeps segments and records across a batch's epochs, here and below.
Result<LightTimeState> apparent_state(const Context& ctx, int target, double et, const OutputFrame& frame,
                                      const AbCorr& corr, int observer, spk::LegCache* legs = nullptr);

// SPKAPS: as above with the observer's SSB state and acceleration given.
Result<LightTimeState> apparent_state_from(const Context& ctx, int target, double et, const OutputFrame& frame,
                                           const AbCorr& corr, const math::State& observer_ssb,
                                           const math::Vec3& accobs, spk::LegCache* legs = nullptr);

// SPKAPS's light time and stellar aberration for any target (ZZSPKFAP for a constant-velocity
// point; `target_at` as light_time_state_of takes it).
Result<LightTimeState> apparent_state_of(const TargetSsbState& target_at, double et, const AbCorr& corr,
                                         const math::State& observer_ssb, const math::Vec3& accobs);

// SPKAPO: `observer_ssb` is the observer's SSB state in `frame` at et.
Result<LightTimePosition> apparent_position(const Context& ctx, int target, double et, const OutputFrame& frame,
                                            const AbCorr& corr, const math::State& observer_ssb,
                                            spk::LegCache* legs = nullptr);

}  // namespace sc::geometry
