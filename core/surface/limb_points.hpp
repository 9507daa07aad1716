// Limb points of a target modelled as its reference ellipsoid (CSPICE's LIMBPT, N0067): the limb
// seen from the observer is cut by half-planes that share the observer-target axis, starting at
// `refvec` and rolled by `rolstp` about the axis; each cut gives one limb point. Aberration
// corrections apply at the target's CENTER (one epoch for all points) or at each ELLIPSOID LIMB
// point (light time and stellar aberration iterated per cut, TANGENT method only).
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "context.hpp"
#include "errors/result.hpp"

namespace sc::surface {

struct LimbPoints {
  std::vector<int> npts;        // points per cut (1 each for an ellipsoid)
  std::vector<double> points;   // x, y, z per point (km, fixref at the point's epoch)
  std::vector<double> epochs;   // the epoch of each point
  std::vector<double> tangts;   // observer-to-point vectors, x, y, z per point
};

// LIMBPT. Errors in CSPICE's order: SPICE(INVALIDOPTION), SPICE(IDCODENOTFOUND),
// SPICE(BODIESNOTDISTINCT), SPICE(NOFRAME), SPICE(INVALIDFRAME), the method's
// (SPICE(BADMETHODSYNTAX), SPICE(INVALIDLIMBTYPE), SPICE(INVALIDMETHOD)), SPICE(INVALIDLOCUS),
// SPICE(ZEROVECTOR) (refvec), SPICE(INVALIDSIZE) (maxn), SPICE(INVALIDCOUNT) (ncuts),
// SPICE(INVALIDROLLSTEP), the radii's, the ephemeris errors, SPICE(DEGENERATECASE),
// SPICE(BADLIMBLOCUSMIX) (GUIDED with ELLIPSOID LIMB).
Result<LimbPoints> limbpt(const Context& ctx, std::string_view method, std::string_view target, double et,
                          std::string_view fixref, std::string_view abcorr, std::string_view corloc,
                          std::string_view obsrvr, std::span<const double> refvec, double rolstp, int ncuts,
                          double schstp, double soltol, int maxn);

}  // namespace sc::surface
