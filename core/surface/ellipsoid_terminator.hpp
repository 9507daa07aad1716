// The terminator of a target's reference ellipsoid lit by a spherical source (CSPICE's EDTERM over
// ZZEDTERM): `npts` points at equal angles about the target-source axis where a plane tangent to
// the target is also tangent to the source (UMBRAL: the boundary of total shadow; PENUMBRAL: of
// full light).
#pragma once

#include <array>
#include <string_view>
#include <vector>

#include "context.hpp"
#include "errors/result.hpp"

namespace sc::surface {

struct EllipsoidTerminator {
  double trgepc = 0;               // the target's epoch (et -+ light time to its center)
  std::array<double, 3> obspos{};  // the observer relative to the target, fixref at trgepc (km)
  std::vector<double> trmpts;      // npts points, x, y, z each (km, fixref at trgepc)
};

// EDTERM. Errors in CSPICE's order: SPICE(NOTRANSLATION) (frame, target, source, observer),
// SPICE(INVALIDFIXREF) (frame not on the target), the radii's, the ephemeris errors, then
// ZZEDTERM's: SPICE(NOTSUPPORTED) (type), SPICE(INVALIDSIZE) (npts < 1), SPICE(OBJECTSTOOCLOSE).
Result<EllipsoidTerminator> edterm(const Context& ctx, std::string_view trmtyp, std::string_view source,
                                   std::string_view target, double et, std::string_view fixref,
                                   std::string_view abcorr, std::string_view obsrvr, int npts);

}  // namespace sc::surface
