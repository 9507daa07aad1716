// gfposc (GFPOSC, N0067): when a coordinate of the observer-target position vector, in a frame and
// coordinate system of the caller's choice, satisfies a relation. The quantity is ZZGFCOU's for the
// POSITION vector definition: the coordinate of SPKEZP's position (ZZGFCOQ: RECLAT, RECSPH, RECRAD,
// RECCYL, RECGEO, RECPGR), decreasing when ZZGFCPRX's proxy (the sign of the SPKEZ velocity in the
// radial/east/north frame of the position) says so.
// Not yet: LONGITUDE and RIGHT ASCENSION, which CSPICE solves through their sines and cosines
// (ZZGFLONG): SPICE(NOTSUPPORTED) names them.
#pragma once

#include <span>
#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"
#include "gf/search_control.hpp"
#include "gf/window_ops.hpp"

namespace sc::gf {

// Errors in CSPICE's order: SPICE(EMPTYSTRING), SPICE(VALUEOUTOFRANGE) (nintvls),
// SPICE(INVALIDSTEP), SPICE(NOTRECOGNIZED) (relation), SPICE(VALUEOUTOFRANGE) (adjust < 0),
// SPICE(IDCODENOTFOUND), SPICE(BODIESNOTDISTINCT), SPICE(INVALIDOPTION) (abcorr),
// SPICE(NOTSUPPORTED) (system, coordinate), SPICE(NOFRAME), SPICE(BADFRAME) (geodetic or
// planetographic in a frame whose center has no radii), SPICE(NOTSUPPORTED) (unequal equatorial
// radii), then the frame and ephemeris errors.
Result<FlatWindow> gfposc(const Context& ctx, std::string_view target, std::string_view frame, std::string_view abcorr,
                          std::string_view obsrvr, std::string_view crdsys, std::string_view coord,
                          std::string_view relate, double refval, double adjust, double step, int nintvls,
                          std::span<const double> cnfine, const SearchControl& control = {});

}  // namespace sc::gf
