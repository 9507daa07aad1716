// Two-body (Keplerian) propagation of a state, as SPICELIB's PROP2B does it (N0067): the
// universal-variable Kepler equation in Danby's form with F = 1 - e, B = sqrt(q/GM),
//    DT = KFUN(X) = X (B r0 C1(F X^2) + X (B^2 rv C2(F X^2) + X B q C3(F X^2))),
// its root bracketed from X = DT/(B q) (clamped to PROP2B's overflow-safe BOUND, found with log
// and exp) by doubling, then bisected to adjacent doubles; the state follows from the f and g
// functions. Every expression keeps PROP2B's operation order (its three KFUN spellings included),
// and the elementary functions are sc::math's, so results are CSPICE's bits on both backends.
// PROP2B's cache of recent initial states only saves time and is not reproduced.
#pragma once

#include "errors/result.hpp"
#include "math/vector_ops.hpp"

namespace sc::math {

// The state `dt` seconds after `state` (position km, velocity km/s) under the central mass
// `gm` (km^3/s^2). dt = 0 returns `state` unchanged. Errors, with CSPICE's short codes:
//   SPICE(NONPOSITIVEMASS)  gm <= 0
//   SPICE(ZEROPOSITION)     the position is zero
//   SPICE(ZEROVELOCITY)     the velocity is zero
//   SPICE(NONCONICMOTION)   position and velocity are parallel (rectilinear motion)
//   SPICE(DTOUTOFRANGE)     dt too large to propagate without overflow
//   SPICE(VALUEOUTOFRANGE)  from the Stumpff functions (arguments beyond their range)
Result<math::State> propagate_two_body(double gm, const math::State& state, double dt);

}  // namespace sc::math
