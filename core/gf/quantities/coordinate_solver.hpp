// CSPICE's coordinate solver (ZZGFCSLV, N0067), which gfposc, gfsubc and gfsntc share: ADJUST's
// check; for surface intercepts, the "existence window" (where the intercept and its velocity are
// computable, found by a binary-state search over the confinement window and contracted by
// tol + 1 s) replaces the confinement window; then LONGITUDE and RIGHT ASCENSION go to the
// longitude solver (ZZGFLONG) and every other coordinate to the relation layer (ZZGFRELX).
#pragma once

#include "context.hpp"
#include "errors/result.hpp"
#include "gf/quantities/coordinate_quantity.hpp"
#include "gf/scalar_search.hpp"
#include "gf/search_control.hpp"
#include "gf/window_ops.hpp"

namespace sc::gf {

// The wrapper's checks (nintvls, step; the strings are each call's own), GFEVNT's relation check,
// then ZZGFCSLV's: SPICE(VALUEOUTOFRANGE) for adjust < 0, then the coordinate's (coordinate_init)
// and the search's.
Result<FlatWindow> coordinate_search(const Context& ctx, const CoordinateRequest& request, const ScalarArgs& args,
                                     const SearchControl& control);

// ZZGFCSLV itself after the callers' checks (gfevnt's COORDINATE enters here): the adjust check,
// the existence pass for intercepts, then the relation or longitude search with `search`'s relation,
// tolerance, step and capacity (its report prefixes are set here, as ZZGFCSLV's).
Result<FlatWindow> coordinate_solve(const Context& ctx, const CoordinateRequest& request, const RelationSearch& search,
                                    std::span<const double> cnfine, const SearchControl& control);

}  // namespace sc::gf
