// Tangent rays on a target surface within one half-plane (CSPICE's ZZTANGNT, with its solver
// ZZTANSLV and state function ZZTANSTA/ZZTANINI): what LIMBPT and TERMPT use for DSK shapes, whose
// limb or terminator is not a curve but the set of surface points where a ray grazes the surface.
//
// A ray is swept through the half-plane bounded by `axis` and containing `plnvec`; its angle from
// `axis` runs from the angle where it grazes the target's (slightly enlarged) bounding sphere to
// the angle where it aims at the center. Where the ray starts or stops hitting the surface (found
// by stepping `schstp` radians, then bisecting to `soltol`), the last surface point hit is a
// tangent point. For a limb the rays leave the observer at `axis` (target to observer); for a
// terminator they are tangent to a spherical source of radius `srcrad` centered at `axis` (target
// to source), on the same side of the axis (umbral) or the opposite side (penumbral).
#pragma once

#include <vector>

#include "context.hpp"
#include "errors/result.hpp"
#include "math/vector_ops.hpp"
#include "surface/target_surface.hpp"

namespace sc::surface {

enum class TangentCurve { Limb, Umbral, Penumbral };

// ZZTANGNT: the tangent points (km, in the shape's body-fixed frame) in search order. `et`
// selects DSK segments. Errors in CSPICE's order: SPICE(ZEROVECTOR) (axis, then plnvec),
// SPICE(BADSOURCERADIUS), SPICE(DEGENERATECASE) (axis and plnvec parallel),
// SPICE(OBJECTSTOOCLOSE) (source and bounding sphere overlap), SPICE(INVALIDTOLERANCE),
// SPICE(INVALIDCONSTSTEP), SPICE(NOCONVERGENCE), the surface's own errors.
Result<std::vector<math::Vec3>> tangent_points(const Context& ctx, const TargetSurface& shape, TangentCurve curve,
                                               double srcrad, double et, const math::Vec3& plnvec,
                                               const math::Vec3& axis, double schstp, double soltol);

}  // namespace sc::surface
