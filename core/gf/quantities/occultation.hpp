// gfoclt (GFOCLT over GFOCCE, N0067): when one body occults another as seen from an observer, a
// boolean search (ZZGFSOLV over ZZGFOCST with the constant step, no relation). The state at each
// epoch is surface::occult's classification (OCCULT is ZZGFOCIN/ZZGFOCST for each type): 'FULL',
// 'ANNULAR', 'PARTIAL' hold when the front body occults the back one that way, 'ANY' for any of
// the three. Shapes: POINT, ELLIPSOID, or a DSK method string (ZZPRSMET) opposite a POINT.
#pragma once

#include <span>
#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"
#include "gf/search_control.hpp"
#include "gf/solver.hpp"
#include "gf/window_ops.hpp"

namespace sc::gf {

// Errors in CSPICE's order: SPICE(EMPTYSTRING), SPICE(INVALIDSTEP), SPICE(IDCODENOTFOUND),
// SPICE(BODIESNOTDISTINCT), SPICE(INVALIDSHAPE), SPICE(INVALIDSHAPECOMBO), SPICE(INVALIDOCCTYPE),
// SPICE(BADTYPESHAPECOMBO) (a point with a type other than ANY), then OCCULT's own (abcorr, radii,
// frames) and the ephemeris's.
Result<FlatWindow> gfoclt(const Context& ctx, std::string_view occtyp, std::string_view front,
                          std::string_view fshape, std::string_view fframe, std::string_view back,
                          std::string_view bshape, std::string_view bframe, std::string_view abcorr,
                          std::string_view obsrvr, double step, std::span<const double> cnfine,
                          const SearchControl& control = {});

// ZZGFOCIN's checks (from SPICE(IDCODENOTFOUND) on, as above), then ZZGFOCST: whether the
// occultation holds at an epoch. Shared by gfoclt and gfocce; the views must outlive the condition.
Result<Condition> occultation_condition(const Context& ctx, std::string_view occtyp, std::string_view front,
                                        std::string_view fshape, std::string_view fframe, std::string_view back,
                                        std::string_view bshape, std::string_view bframe, std::string_view abcorr,
                                        std::string_view obsrvr);

}  // namespace sc::gf
