// gfsep (GFSEP, N0067): when the angular separation of two bodies (POINT or SPHERE, the sphere's
// radius the largest of BODY<id>_RADII) seen from an observer satisfies a relation. The quantity
// is ZZGFSPU's: ZZSEPQ's value (VSEP of the two aberration-corrected J2000 positions minus both
// apparent angular radii) and ZZGFSPDC's "decreasing" test (DVSEP of the two states minus the
// radii's rates, DHFA).
#pragma once

#include <span>
#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"
#include "gf/relation.hpp"
#include "gf/search_control.hpp"
#include "gf/window_ops.hpp"

namespace sc::gf {

// The quantity after ZZGFSPIN's checks: shared by gfsep and gfevnt's ANGULAR SEPARATION.
Result<ScalarQuantity> separation_quantity(const Context& ctx, std::string_view targ1, std::string_view shape1,
                                           std::string_view targ2, std::string_view shape2, std::string_view abcorr,
                                           std::string_view obsrvr);

// Errors in CSPICE's order: SPICE(EMPTYSTRING), SPICE(VALUEOUTOFRANGE) (nintvls), SPICE(INVALIDSTEP),
// SPICE(NOTRECOGNIZED) (relation), SPICE(IDCODENOTFOUND), SPICE(BODIESNOTDISTINCT),
// SPICE(INVALIDOPTION) (abcorr), SPICE(NOTRECOGNIZED) (shape), the radii's errors,
// SPICE(VALUEOUTOFRANGE)/SPICE(INVALIDVALUE) (adjust), then the ephemeris's (SPICE(SPKINSUFFDATA)).
Result<FlatWindow> gfsep(const Context& ctx, std::string_view targ1, std::string_view shape1,
                         std::string_view frame1, std::string_view targ2, std::string_view shape2,
                         std::string_view frame2, std::string_view abcorr, std::string_view obsrvr,
                         std::string_view relate, double refval, double adjust, double step, int nintvls,
                         std::span<const double> cnfine, const SearchControl& control = {});

}  // namespace sc::gf
