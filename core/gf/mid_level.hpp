// CSPICE's mid-level GF searches GFOCCE (gfocce_c: occultations) and GFFOVE (gffove_c: a target or
// ray in an instrument's field of view): the boolean searches of gfoclt and gftfov/gfrfov with the
// caller's convergence tolerance and own functions (search_hooks.hpp): UDSTEP (empty: GFSTEP, the
// context's saved step, SPICE(NOTINITIALIZED) if none), UDREFN (empty: GFREFN), a progress report
// (UDREPI with the confinement window and 'Occultation/transit search ' or 'Target visibility
// search ', then 'done.'; UDREPU; UDREPF) and UDBAIL (an interrupt returns what was found so far).
#pragma once

#include <span>
#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"
#include "gf/search_hooks.hpp"
#include "gf/window_ops.hpp"

namespace sc::gf {

// Errors in CSPICE's order: SPICE(EMPTYSTRING) (gfocce_c), SPICE(INVALIDTOLERANCE),
// SPICE(INVALIDSHAPECOMBO) (both POINT), then ZZGFOCIN's (as gfoclt's), then the functions' and
// the ephemeris's.
Result<FlatWindow> gfocce(const Context& ctx, std::string_view occtyp, std::string_view front,
                          std::string_view fshape, std::string_view fframe, std::string_view back,
                          std::string_view bshape, std::string_view bframe, std::string_view abcorr,
                          std::string_view obsrvr, double tol, const SearchHooks& hooks, std::span<const double> cnfine);

// Errors: SPICE(EMPTYSTRING) (gffove_c), SPICE(INVALIDTOLERANCE), then ZZGFFVIN's (as gftfov's
// and gfrfov's), then the functions' and the ephemeris's.
Result<FlatWindow> gffove(const Context& ctx, std::string_view inst, std::string_view tshape,
                          std::span<const double> raydir, std::string_view target, std::string_view tframe,
                          std::string_view abcorr, std::string_view obsrvr, double tol, const SearchHooks& hooks,
                          std::span<const double> cnfine);

}  // namespace sc::gf
