// Angles between bodies seen as points or spheres: CSPICE's PHASEQ (the phase angle at a target's
// center between the directions to the observer and to the illuminator, ZZGFPAQ) and TRGSEP (the
// angular separation of two targets seen from an observer, limb to limb for SPHERE shapes, ZZSPIN
// + ZZSEPQ).
#pragma once

#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"

namespace sc::surface {

// PHASEQ: radians in [0, pi]. Errors: SPICE(IDCODENOTFOUND) (target, illuminator, observer),
// SPICE(INVALIDOPTION) (abcorr, and every transmission correction), SPICE(BODIESNOTDISTINCT), then
// the ephemeris errors.
Result<double> phaseq(const Context& ctx, double et, std::string_view target, std::string_view illmn,
                      std::string_view obsrvr, std::string_view abcorr);

// TRGSEP: shapes POINT or SPHERE (radius: the largest of BODY<id>_RADII); the separation of the
// centers minus both angular radii, so negative when the spheres overlap. Errors:
// SPICE(IDCODENOTFOUND), SPICE(BODIESNOTDISTINCT), SPICE(INVALIDOPTION), SPICE(NOTRECOGNIZED)
// (shape), then the radii's, the ephemeris errors and SPICE(INSIDEBODY).
Result<double> trgsep(const Context& ctx, double et, std::string_view targ1, std::string_view shape1,
                      std::string_view frame1, std::string_view targ2, std::string_view shape2,
                      std::string_view frame2, std::string_view obsrvr, std::string_view abcorr);

}  // namespace sc::surface
