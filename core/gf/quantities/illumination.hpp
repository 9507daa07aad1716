// gfilum (GFILUM, N0067): when an illumination angle (phase, incidence or emission, radians) at a
// surface point of a target satisfies a relation. The quantity is ZZGFILU's: the angle from ILLUMG,
// decreasing when ZZILUSTA's rate of that angle is negative (DVSEP of the observer, source and
// normal states at the surface point, the normal carried into J2000 by SXFORM at the surface
// point's epoch with the light-time rate folded in, as ZZCORSXF does).
#pragma once

#include <span>
#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"
#include "gf/relation.hpp"
#include "gf/search_control.hpp"
#include "gf/window_ops.hpp"

namespace sc::gf {

// The quantity after ZZGFILIN's checks: shared by gfilum and gfevnt's ILLUMINATION ANGLE.
Result<ScalarQuantity> illumination_quantity(const Context& ctx, std::string_view method, std::string_view angtyp,
                                             std::string_view target, std::string_view illmn, std::string_view fixref,
                                             std::string_view abcorr, std::string_view obsrvr,
                                             std::span<const double> spoint);

// Errors in CSPICE's order: SPICE(EMPTYSTRING), SPICE(VALUEOUTOFRANGE) (nintvls),
// SPICE(INVALIDSTEP), SPICE(NOTRECOGNIZED) (relation), SPICE(IDCODENOTFOUND) (target, observer,
// source), SPICE(BODIESNOTDISTINCT), SPICE(INVALIDOPTION) (abcorr), SPICE(NOTSUPPORTED)
// (transmission), the radii's, SPICE(INVALIDMETHOD), SPICE(UNKNOWNFRAME), SPICE(INVALIDFRAME),
// SPICE(NOTSUPPORTED) (angle type), the adjust checks, then the ephemeris's.
Result<FlatWindow> gfilum(const Context& ctx, std::string_view method, std::string_view angtyp,
                          std::string_view target, std::string_view illmn, std::string_view fixref,
                          std::string_view abcorr, std::string_view obsrvr, std::span<const double> spoint,
                          std::string_view relate, double refval, double adjust, double step, int nintvls,
                          std::span<const double> cnfine, const SearchControl& control = {});

}  // namespace sc::gf
