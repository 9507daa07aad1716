// Terminator points of a target modelled as its reference ellipsoid (CSPICE's TERMPT, N0067): the
// boundary of the umbra (UMBRAL) or of the fully lit region (PENUMBRAL) cast by a spherical light
// source of the source's largest radius, cut by half-planes about the target-source axis; one point
// per cut (ZZEDTMPT). Corrections at the target's CENTER or at each ELLIPSOID TERMINATOR point.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "context.hpp"
#include "errors/result.hpp"
#include "surface/limb_points.hpp"

namespace sc::surface {

// TERMPT (results as LIMBPT's: npts, points, epochs, and the observer-to-point vectors in tangts).
// Errors in CSPICE's order: SPICE(INVALIDOPTION) (also transmission), SPICE(IDCODENOTFOUND)
// (target, observer, source), SPICE(BODIESNOTDISTINCT), SPICE(NOFRAME), SPICE(INVALIDFRAME), the
// method's (SPICE(INVALIDTERMTYPE), SPICE(INVALIDSHADOW), SPICE(INVALIDMETHOD)),
// SPICE(INVALIDLOCUS), SPICE(ZEROVECTOR), SPICE(INVALIDSIZE), SPICE(INVALIDCOUNT),
// SPICE(INVALIDROLLSTEP), the radii's, the ephemeris errors, SPICE(BADTERMLOCUSMIX).
Result<LimbPoints> termpt(const Context& ctx, std::string_view method, std::string_view ilusrc,
                          std::string_view target, double et, std::string_view fixref, std::string_view abcorr,
                          std::string_view corloc, std::string_view obsrvr, std::span<const double> refvec,
                          double rolstp, int ncuts, double schstp, double soltol, int maxn);

}  // namespace sc::surface
