// gfdist (GFDIST, N0067): when the observer-target distance satisfies a relation. The quantity is
// ZZGFDIU's: the norm of the aberration-corrected J2000 position (SPKEZP), decreasing when the
// state's position and velocity have a negative dot product (SPKEZ).
#pragma once

#include <span>
#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"
#include "gf/relation.hpp"
#include "gf/search_control.hpp"
#include "gf/window_ops.hpp"

namespace sc::gf {

// The quantity after ZZGFDIIN's checks (IDCODENOTFOUND, BODIESNOTDISTINCT, abcorr): shared by
// gfdist and gfevnt's DISTANCE.
Result<ScalarQuantity> distance_quantity(const Context& ctx, std::string_view target, std::string_view abcorr,
                                         std::string_view obsrvr);

// Errors in CSPICE's order: SPICE(EMPTYSTRING), SPICE(VALUEOUTOFRANGE) (nintvls),
// SPICE(INVALIDSTEP), SPICE(NOTRECOGNIZED) (relation), SPICE(IDCODENOTFOUND),
// SPICE(BODIESNOTDISTINCT), SPICE(INVALIDOPTION) (abcorr), the adjust checks, then the ephemeris's.
Result<FlatWindow> gfdist(const Context& ctx, std::string_view target, std::string_view abcorr,
                          std::string_view obsrvr, std::string_view relate, double refval, double adjust,
                          double step, int nintvls, std::span<const double> cnfine,
                          const SearchControl& control = {});

}  // namespace sc::gf
