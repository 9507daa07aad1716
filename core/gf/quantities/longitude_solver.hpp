// CSPICE's longitude solver (ZZGFLONG, N0067): relations on LONGITUDE or RIGHT ASCENSION, whose
// branch cut (at pi for longitude, at 0 for right ascension) would break the relation layer's
// monotone pieces. The unit circle is cut into regions found through the sine and cosine of the
// coordinate (the upper and lower halves, trimmed by 1e-11 rad from the cut, and the right half),
// and each region is searched with the coordinate that has no cut there (longitude on the right
// half, right ascension on the left):
//   - '=': the sine or the cosine (whichever resolves the reference value better) equals the
//     reference's, and roots with the wrong sign of the other are dropped;
//   - LOCMIN/LOCMAX: local extrema of right ascension on the left half and of longitude on the
//     right half;
//   - ABSMIN/ABSMAX: the regions are searched in turn until one holds an extremum (CSPICE's quirk,
//     kept: the candidates are compared by the COSINE of the coordinate, ZZGFCOCG, not by the
//     coordinate itself), then with an adjustment as an inequality from the extreme value;
//   - '<' and '>': the region holding the reference value is searched, the regions entirely
//     below it added, and '>' is the complement within the trimmed regions.
// Searches use the tolerance max(1e-7, tol / 10) s. Spherical coordinates go as latitudinal,
// cylindrical and planetographic longitude as right ascension (planetographic positive west with
// the relation mirrored: 2 pi - refval, < and >, MIN and MAX swapped).
#pragma once

#include <cstddef>
#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"
#include "gf/relation.hpp"
#include "gf/quantities/coordinate_quantity.hpp"
#include "gf/search_control.hpp"
#include "gf/window_ops.hpp"

namespace sc::gf {

// ZZGFLONG over `cnfine` for the coordinate `request` names (LONGITUDE or RIGHT ASCENSION).
// Errors: SPICE(INVALIDVALUE) (adjust with a relation other than ABSMIN/ABSMAX), then ZZGFCOIN's
// (coordinate_init), then the searches'.
Result<FlatWindow> longitude_search(const Context& ctx, const CoordinateRequest& request, const RelationSearch& search,
                                    const FlatWindow& cnfine, const SearchControl& control);

}  // namespace sc::gf
