// The time derivatives of angles the GF quantities use: DVSEP (the angle between two states'
// positions) and DHFA (a sphere's apparent half angle), with SPICELIB's operation order.
#pragma once

#include "errors/result.hpp"
#include "math/vector_ops.hpp"

namespace sc::gf {

// DVSEP: 0 when the positions are parallel or anti-parallel.
double dvsep(const math::State& s1, const math::State& s2);

// DHFA: 0 for a point (radius 0); SPICE(DEGENERATECASE) for a zero position,
// SPICE(BADGEOMETRY) when the radius reaches the range.
Result<double> dhfa(const math::State& state, double bodyr);

}  // namespace sc::gf
