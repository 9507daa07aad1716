// States of an ephemeris body seen from a constant-velocity point (CSPICE's ZZSPKFZO and ZZSPKFAO,
// behind spkcvo and spkcpo): the observer's SSB state is the point's state plus its center's SSB
// state, and the target is corrected for light time and stellar aberration as SPKAPS does.
#pragma once

#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"
#include "geometry/abcorr.hpp"
#include "geometry/constant_velocity_point.hpp"
#include "geometry/light_time.hpp"
#include "geometry/states.hpp"

namespace sc::geometry {

// ZZSPKFZO: `target` relative to the point in any frame `ref`. Geometric states are the
// difference of SPKGEO's target-from-center state and the point's state, both in `ref` at et.
// With light time, inertial frames get ZZSPKFAO directly; other frames get the J2000 result
// transformed at et -+ (light time from the point to the frame's center), with the rate of that
// light time folded into the transformation (ZZCORSXF), as spkezr does.
Result<StateLt> state_from_point(const Context& ctx, int target, double et, std::string_view ref,
                                 const AbCorr& corr, const ConstantVelocityPoint& observer);

// ZZSPKFAO: the aberration-corrected state in a built-in inertial frame `ref` (SPICE(BADFRAME)
// otherwise), with the light-time rate. The observer's acceleration for stellar aberration is
// the central difference of its SSB velocity at et -+ 1 s.
Result<LightTimeState> apparent_state_from_point(const Context& ctx, int target, double et, std::string_view ref,
                                                 const AbCorr& corr, const ConstantVelocityPoint& observer);

}  // namespace sc::geometry
