// Azimuth, elevation and range of a target seen from a point fixed on or near a body (a ground
// station, a lander): CSPICE's AZLCPO (N0067). The topocentric frame has +z along the outward
// normal of the body's reference ellipsoid at the point nearest the observer (NEARPT, SURFNM), +x
// towards the body's north pole (the component of the body-fixed +z axis perpendicular to +z; TWOVEC),
// +y completing the right-handed frame (west); for an observer on the body's z-axis the frame is the
// body-fixed one (rotated by pi about x below the equatorial plane). The target's state comes from
// spkcpo with the 'OBSERVER' locus in the observer's frame.
#pragma once

#include <array>
#include <span>
#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"

namespace sc::geometry {

struct AzElState {
  std::array<double, 6> azlsta{};  // range (km), azimuth, elevation (radians), and their rates (/s)
  double lt = 0;                   // one-way light time between observer and target, s
};

// AZLCPO with method 'ELLIPSOID' (the only one; EQSTR, case and blanks ignored). `obspos` is the
// observer's position (3 numbers, km) in the body-fixed frame `obsref` centered at `obsctr`;
// azccw/elplsz choose the senses of azimuth and elevation (math/azimuth_elevation.hpp).
// Errors in CSPICE's order: SPICE(EMPTYSTRING), SPICE(IDCODENOTFOUND) (obsctr),
// SPICE(UNKNOWNFRAME) (obsref), SPICE(INVALIDFRAME) (obsref not centered at obsctr),
// SPICE(INVALIDMETHOD), the radii's errors (BODYnnn_RADII), SPICE(DEPENDENTVECTORS) (no
// north direction: an observer on the z-axis off the pole's vertical), then spkcpo's errors and
// SPICE(POINTONZAXIS) for a target at the zenith or nadir.
Result<AzElState> azlcpo(const Context& ctx, std::string_view method, std::string_view target, double et,
                         std::string_view abcorr, bool azccw, bool elplsz, std::span<const double> obspos,
                         std::string_view obsctr, std::string_view obsref);

}  // namespace sc::geometry
