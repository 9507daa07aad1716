// Stellar aberration: the apparent shift of a target's direction caused by the observer's
// velocity relative to the solar-system barycenter (the "raindrop effect"). The direction r is
// rotated towards the observer velocity's component v_p perpendicular to r, by the angle phi
// with sin(phi) = |v_p| / c. In the transmission case the observer velocity is negated.
//
// Two CSPICE formulations are reproduced, because their rounding differs:
//  - STELAB / STLABX (positions, spkpos/spkezp): rotate the position about u x v/c by
//    asin(|u x v/c|) with VROTV.
//  - ZZSTELAB (states, spkezr/spkez): the correction as an offset vector
//        scorr = |r| * ( sin(phi) * v_p_hat + (cos(phi) - 1) * r_hat )
//    plus its time derivative. When sin(phi) >= 1e-6 the derivative is analytic, using the
//    observer's acceleration:
//        d(v_p)/dt = a - ( (<v,d(r_hat)> + <a,r_hat>) r_hat + <v,r_hat> d(r_hat) )
//        d(phi)/dt = <d(v_p), v_p_hat> / (c cos(phi))
//        dscorr = |r| ( sin(phi) d(v_p_hat) + cos(phi) dphi v_p_hat + (cos(phi)-1) d(r_hat)
//                       - sin(phi) dphi r_hat )
//                 + d|r| ( sin(phi) v_p_hat + (cos(phi)-1) r_hat )
//    otherwise (observer almost at rest or moving along the line of sight) it is a central
//    difference of scorr over +-1 s, from linear extrapolations of the observer velocity and
//    the target position.
#pragma once

#include "errors/result.hpp"
#include "math/vector_ops.hpp"

namespace sc::geometry {

// STELAB: `pobj` (observer to target) corrected for stellar aberration with observer velocity
// `vobs` (km/s, relative to the SSB). SPICE(VALUEOUTOFRANGE) if |vobs| >= c.
Result<math::Vec3> stelab(const math::Vec3& pobj, const math::Vec3& vobs);

// STLABX: the transmission case, STELAB with the observer velocity negated.
Result<math::Vec3> stlabx(const math::Vec3& pobj, const math::Vec3& vobs);

struct StellarCorrection {
  math::Vec3 dpos{};  // add to the light-time-corrected position
  math::Vec3 dvel{};  // add to the light-time-corrected velocity
};

// ZZSTELAB: the correction of the state `starg` (target relative to observer, normally already
// light-time corrected) for an observer with SSB velocity `vobs` and acceleration `accobs`.
// SPICE(DIVIDEBYZERO) if the observer speed makes cos(phi) zero.
Result<StellarCorrection> stellar_correction(bool transmission, const math::Vec3& accobs, const math::Vec3& vobs,
                                             const math::State& starg);

}  // namespace sc::geometry
