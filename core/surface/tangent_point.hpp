// The point of a ray nearest a target's reference ellipsoid (CSPICE's TANGPT, N0067): the tangent
// point on the ray, its altitude, the ellipsoid point below it, with light time and stellar
// aberration applied at the TANGENT POINT or the SURFACE POINT (the aberration correction locus).
#pragma once

#include <array>
#include <span>
#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"

namespace sc::surface {

struct TangentPoint {
  std::array<double, 3> tanpt{};   // the point of the ray nearest the ellipsoid (km, fixref at trgepc)
  double alt = 0;                  // its altitude above srfpt (0 when the ray meets the ellipsoid)
  double range = 0;                // distance from the observer to tanpt
  std::array<double, 3> srfpt{};   // the ellipsoid point nearest the ray
  double trgepc = 0;               // target epoch (TDB s)
  std::array<double, 3> srfvec{};  // observer to srfpt
};

// TANGPT. Errors in CSPICE's order: SPICE(INVALIDOPTION) (abcorr), SPICE(NOTSUPPORTED) (method not
// ELLIPSOID, or corloc not TANGENT POINT / SURFACE POINT), SPICE(ZEROVECTOR), SPICE(IDCODENOTFOUND),
// SPICE(BODIESNOTDISTINCT), the radii's, SPICE(NOFRAME), SPICE(INVALIDFRAME), SPICE(NOFRAME) (dref),
// the ephemeris errors, SPICE(INVALIDGEOMETRY) (observer inside the ellipsoid).
Result<TangentPoint> tangpt(const Context& ctx, std::string_view method, std::string_view target, double et,
                            std::string_view fixref, std::string_view abcorr, std::string_view corloc,
                            std::string_view obsrvr, std::string_view dref, std::span<const double> dvec);

}  // namespace sc::surface
