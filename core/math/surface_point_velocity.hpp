// SPICELIB's SURFPV: where a moving ray meets a triaxial ellipsoid, and how fast that point moves.
// The GF coordinate searches on sub-observer points and surface intercepts (ZZGFSSOB, ZZGFSSIN)
// need the intercept's velocity to tell whether a coordinate of it is decreasing.
#pragma once

#include <optional>

#include "errors/result.hpp"
#include "math/vector_ops.hpp"

namespace sc::math {

// SURFPV: the intercept state of the ray whose vertex state is `stvrtx` and whose direction state
// is `stdir` (positions and their time derivatives) with the ellipsoid of semi-axes a, b, c.
// nullopt when the ray misses, or where the intercept's velocity is not computable (on the limb,
// or so close to it that the velocity would overflow). Errors in SURFPV's order: SURFPT's
// (SPICE(ZEROVECTOR), SPICE(BADAXISLENGTH)), then SPICE(INVALIDVERTEX) for a vertex on the surface.
Result<std::optional<State>> surfpv(const State& stvrtx, const State& stdir, double a, double b, double c);

}  // namespace sc::math
