// The GF field-of-view searches (GFTFOV and GFRFOV over GFFOVE, N0067): when a target body or a
// ray is in an instrument's field of view. A binary-state search (ZZGFSOLV with the constant step)
// over ZZGFFVST, the test surface::fovtrg / surface::fovray make, set up once by ZZGFFVIN.
#pragma once

#include <span>
#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"
#include "gf/search_control.hpp"
#include "gf/window_ops.hpp"

namespace sc::gf {

// GFTFOV: `target` as a "POINT" or an "ELLIPSOID" (with its body-fixed frame `tframe`). Errors in
// CSPICE's order: SPICE(EMPTYSTRING), SPICE(INVALIDOPTION) (shape "RAY"), SPICE(INVALIDSTEP),
// then ZZGFFVIN's (SPICE(IDCODENOTFOUND) for the observer, SPICE(INVALIDSHAPE),
// SPICE(IDCODENOTFOUND) for the target, SPICE(BODIESNOTDISTINCT), SPICE(INVALIDFRAME), the
// aberration correction's, the radii's, SPICE(IDCODENOTFOUND) for the instrument, GETFOV's,
// SPICE(FOVTOOWIDE)), then the ephemeris and frame errors.
Result<FlatWindow> gftfov(const Context& ctx, std::string_view inst, std::string_view target, std::string_view tshape,
                          std::string_view tframe, std::string_view abcorr, std::string_view obsrvr, double step,
                          std::span<const double> cnfine, const SearchControl& control = {});

// GFRFOV: the ray `raydir` (3 numbers, frame `rframe`) from the observer; `abcorr` "NONE", "S" or
// "XS" (light time: SPICE(INVALIDOPTION)); a zero ray is SPICE(ZEROVECTOR). Other errors as gftfov.
Result<FlatWindow> gfrfov(const Context& ctx, std::string_view inst, std::span<const double> raydir,
                          std::string_view rframe, std::string_view abcorr, std::string_view obsrvr, double step,
                          std::span<const double> cnfine, const SearchControl& control = {});

}  // namespace sc::gf
