// The surface intercept of a ray from an observer (CSPICE's SINCPT with its core ZZSFXCOR, N0067),
// on the target's reference ellipsoid: the ray is given in any frame `dref` (evaluated at et, or at
// et -+ the light time to its center when that center is neither the observer nor inertial),
// aberration corrections as SINCPT applies them (the ray is un-aberrated for +S by inverting the
// stellar aberration in up to 5 passes; light time iterated 1 (LT) or up to 10 (CN) times, with
// ZZSFXCOR's recovery of grazing rays through the ellipsoid point nearest the ray).
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"
#include "surface/sub_points.hpp"

namespace sc::surface {

// SINCPT: nullopt when the ray misses. Errors in CSPICE's order: SPICE(INVALIDOPTION) (abcorr),
// SPICE(IDCODENOTFOUND) (target, observer), SPICE(BODIESNOTDISTINCT), SPICE(NOFRAME) (fixref),
// SPICE(INVALIDFRAME), SPICE(ZEROVECTOR) (dvec), SPICE(NOFRAME) (dref), the method's errors
// (SPICE(INVALIDMETHOD) for a sub-point type), then the ephemeris, frame and radii errors.
Result<std::optional<SubPoint>> sincpt(const Context& ctx, std::string_view method, std::string_view target,
                                       double et, std::string_view fixref, std::string_view abcorr,
                                       std::string_view obsrvr, std::string_view dref, std::span<const double> dvec);

}  // namespace sc::surface
