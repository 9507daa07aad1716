// States of a constant-velocity point seen from an ephemeris body (CSPICE's ZZSPKFZT, ZZSPKFAT,
// ZZSPKFAP and ZZSPKFLT, behind spkcvt and spkcpt): the target's SSB state is the point's state
// plus its center's SSB state, at each epoch the light-time iteration asks for.
#pragma once

#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"
#include "geometry/abcorr.hpp"
#include "geometry/constant_velocity_point.hpp"
#include "geometry/light_time.hpp"
#include "geometry/states.hpp"

namespace sc::geometry {

// ZZSPKFZT: the point relative to `observer` in any frame `ref`. Geometric states are the point's
// state plus SPKGEO's center-from-observer state, both in `ref` at et. With light time, inertial
// frames get ZZSPKFAT directly; other frames get the J2000 result transformed at et -+ (light
// time from the observer to the frame's center; zero when the observer is that center).
Result<StateLt> state_of_point(const Context& ctx, const ConstantVelocityPoint& target, double et,
                               std::string_view ref, const AbCorr& corr, int observer);

// ZZSPKFAT: the aberration-corrected state in a built-in inertial frame `ref` (SPICE(BADFRAME)
// otherwise), with the light-time rate.
Result<LightTimeState> apparent_state_of_point(const Context& ctx, const ConstantVelocityPoint& target, double et,
                                               std::string_view ref, const AbCorr& corr, int observer);

}  // namespace sc::geometry
