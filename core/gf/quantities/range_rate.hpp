// gfrr (GFRR, N0067): when the observer-target range rate (km/s) satisfies a relation. The quantity
// is ZZGFRRU's: DVNORM of the aberration-corrected J2000 state (SPKEZ); decreasing when the range
// acceleration, from a QDERIV of the states at et -+ 1 s (GFEVNT's DT) and DVHAT of the state, is
// negative.
#pragma once

#include <span>
#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"
#include "gf/relation.hpp"
#include "gf/search_control.hpp"
#include "gf/window_ops.hpp"

namespace sc::gf {

// The quantity after ZZGFRRIN's checks (DT = 1 s, as GFEVNT sets it): shared by gfrr and gfevnt's
// RANGE RATE.
Result<ScalarQuantity> range_rate_quantity(const Context& ctx, std::string_view target, std::string_view abcorr,
                                           std::string_view obsrvr);

// Errors in CSPICE's order: SPICE(EMPTYSTRING), SPICE(VALUEOUTOFRANGE) (nintvls),
// SPICE(INVALIDSTEP), SPICE(NOTRECOGNIZED) (relation), SPICE(IDCODENOTFOUND),
// SPICE(BODIESNOTDISTINCT), SPICE(INVALIDOPTION) (abcorr), the adjust checks, then the ephemeris's.
Result<FlatWindow> gfrr(const Context& ctx, std::string_view target, std::string_view abcorr, std::string_view obsrvr,
                        std::string_view relate, double refval, double adjust, double step, int nintvls,
                        std::span<const double> cnfine, const SearchControl& control = {});

}  // namespace sc::gf
