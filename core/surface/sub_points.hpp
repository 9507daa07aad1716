// Sub-observer and sub-solar points on a target body modelled as its reference ellipsoid
// (CSPICE's SUBPNT and SUBSLR, N0067), with every aberration correction SUBPNT accepts
// (NONE, LT, LT+S, CN, CN+S and the transmission forms XLT ... XCN+S; SUBSLR refuses
// transmission) and the two sub-point definitions: NEAR POINT / NADIR (the ellipsoid point
// nearest the observer or the Sun, NEARPT) and INTERCEPT (where the line to the body's center
// meets the surface, SURFPT). The light-time iteration is CSPICE's: a first estimate from
// SPKEZP, then up to 1 (LT) or 5 (SUBPNT, CN) / 10 (SUBSLR, CN) passes that move the target to
// et -+ (range to the point)/c, stopping when the light time changes by no more than
// |lt| * 1e-17 or the target epoch stops changing.
#pragma once

#include <array>
#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"

namespace sc::surface {

struct SubPoint {
  std::array<double, 3> spoint{};  // the sub-point, body-fixed frame at trgepc (km)
  double trgepc = 0;               // the epoch of the target at the sub-point (TDB s)
  std::array<double, 3> srfvec{};  // observer to sub-point, body-fixed frame at trgepc (km)
};

// SUBPNT. Errors in CSPICE's order: SPICE(INVALIDOPTION) (abcorr), SPICE(IDCODENOTFOUND) (target,
// observer), SPICE(BODIESNOTDISTINCT), SPICE(NOFRAME), SPICE(INVALIDFRAME) (fixref not on the
// target), the method's errors (SPICE(BADMETHODSYNTAX), SPICE(INVALIDSUBTYPE) ...), then the
// ephemeris, frame and radii errors.
Result<SubPoint> subpnt(const Context& ctx, std::string_view method, std::string_view target, double et,
                        std::string_view fixref, std::string_view abcorr, std::string_view obsrvr);

// SUBSLR: as SUBPNT with the Sun's direction, seen from the target at trgepc; also
// SPICE(NOTSUPPORTED) for transmission corrections and SPICE(INVALIDTARGET) when the target is the
// Sun.
Result<SubPoint> subslr(const Context& ctx, std::string_view method, std::string_view target, double et,
                        std::string_view fixref, std::string_view abcorr, std::string_view obsrvr);

}  // namespace sc::surface
