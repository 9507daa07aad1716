// The occultation state of two bodies seen from an observer at one epoch (CSPICE's OCCULT, N0067,
// over its GF helpers ZZGFOCIN/ZZGFOCST): 0 none; 1, 2, 3 when the first target partially
// occults, transits (annular) or totally occults the second; -1, -2, -3 the same with the second
// target in front. Each target is a POINT or an ELLIPSOID (its body-fixed frame required), or a
// DSK shape (refused in this build); two points, or a DSK with anything but a point, are
// SPICE(INVALIDSHAPECOMBO). Light time is applied to each target's center (stellar aberration is
// ignored, as CSPICE does); two ellipsoids are classified by ZZOCCED, a point and an ellipsoid by
// bounding cones and then by SINCPT along the line of sight to the point.
#pragma once

#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"

namespace sc::surface {

Result<int> occult(const Context& ctx, std::string_view targ1, std::string_view shape1, std::string_view frame1,
                   std::string_view targ2, std::string_view shape2, std::string_view frame2, std::string_view abcorr,
                   std::string_view obsrvr, double et);

}  // namespace sc::surface
