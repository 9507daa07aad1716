// Is a ray or a target in an instrument's field of view (CSPICE's FOVRAY and FOVTRG, N0067, over
// the GF helpers ZZGFFVIN/ZZGFFVST)? The FOV comes from the IK (GETFOV). A ray or a point target
// is tested against the FOV's angular radius (CIRCLE), its ellipse in the plane 1 km along the FOV
// axis (ELLIPSE) or the winding number of the polygon there (RECTANGLE, POLYGON); an ELLIPSOID
// target against a circular or elliptical FOV through ZZOCCED, with the FOV modelled as an
// ellipsoid whose limb is the FOV's boundary, and against a polygonal FOV through its limb
// (ZZELVUPY).
#pragma once

#include <functional>
#include <span>
#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"

namespace sc::surface {

// FOVRAY: `raydir` in frame `rframe`; `abcorr` NONE, S or XS (stellar aberration of the ray only).
Result<bool> fovray(const Context& ctx, std::string_view inst, std::span<const double> raydir,
                    std::string_view rframe, std::string_view abcorr, std::string_view obsrvr, double et);

// FOVTRG: `tshape` POINT or ELLIPSOID (then `tframe` is the target's body-fixed frame).
Result<bool> fovtrg(const Context& ctx, std::string_view inst, std::string_view target, std::string_view tshape,
                    std::string_view tframe, std::string_view abcorr, std::string_view obsrvr, double et);

// Hook for the GF field-of-view searches (gftfov, gfrfov: GFFOVE runs ZZGFFVIN once and then
// ZZGFFVST at every epoch): the setup's checks now, and a function answering "in the FOV?" per
// epoch. `tshape` "RAY" (then `raydir` and `tframe` are the ray's direction and frame) or as fovtrg.
Result<std::function<Result<bool>(double et)>> fov_condition(const Context& ctx, std::string_view inst,
                                                             std::string_view tshape, std::span<const double> raydir,
                                                             std::string_view target, std::string_view tframe,
                                                             std::string_view abcorr, std::string_view obsrvr);

}  // namespace sc::surface
