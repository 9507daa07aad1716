// The GF coordinate searches (N0067): when a coordinate, in a frame and coordinate system of the
// caller's choice, of
//   - gfposc (GFPOSC): the observer-target position vector,
//   - gfsubc (GFSUBC): the sub-observer point on the target (SUBPNT's legacy ellipsoid methods
//     "Near point: ellipsoid" and "Intercept: ellipsoid" only, as ZZGFSSOB accepts),
//   - gfsntc (GFSNTC): the intercept of a ray from the observer with the target ("Ellipsoid"),
// satisfies a relation. All go through ZZGFCSLV (coordinate_solver.hpp) over the quantity of
// coordinate_quantity.hpp; LONGITUDE and RIGHT ASCENSION through the longitude solver.
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
// radii), SPICE(INVALIDVALUE) (adjust with a longitude relation other than ABSMIN/ABSMAX), then
// the frame and ephemeris errors.
Result<FlatWindow> gfposc(const Context& ctx, std::string_view target, std::string_view frame, std::string_view abcorr,
                          std::string_view obsrvr, std::string_view crdsys, std::string_view coord,
                          std::string_view relate, double refval, double adjust, double step, int nintvls,
                          std::span<const double> cnfine, const SearchControl& control = {});

// As gfposc, and SPICE(INVALIDFRAME) when fixref is not centered on the target, SPICE(BADFRAME)
// when the target has no radii; SPICE(NOTSUPPORTED) for a method other than the two legacy
// ellipsoid ones (at the first evaluation, as ZZGFSSOB checks it).
Result<FlatWindow> gfsubc(const Context& ctx, std::string_view target, std::string_view fixref,
                          std::string_view method, std::string_view abcorr, std::string_view obsrvr,
                          std::string_view crdsys, std::string_view coord, std::string_view relate, double refval,
                          double adjust, double step, int nintvls, std::span<const double> cnfine,
                          const SearchControl& control = {});

// As gfsubc for the ray `dvec` (3 numbers, frame `dref`) from the observer; SPICE(ZEROVECTOR) for
// a zero dvec and SPICE(NOFRAME) for an unknown dref. The search is confined to where the
// intercept exists (less tol + 1 s at each end).
Result<FlatWindow> gfsntc(const Context& ctx, std::string_view target, std::string_view fixref,
                          std::string_view method, std::string_view abcorr, std::string_view obsrvr,
                          std::string_view dref, std::span<const double> dvec, std::string_view crdsys,
                          std::string_view coord, std::string_view relate, double refval, double adjust, double step,
                          int nintvls, std::span<const double> cnfine, const SearchControl& control = {});

}  // namespace sc::gf
