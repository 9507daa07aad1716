// SPICELIB's INVORT: the inverse of a 3x3 matrix whose columns are mutually orthogonal (not
// necessarily of unit length), as every "D...DR" Jacobian routine (DLATDR, DCYLDR, DSPHDR, DGEODR)
// computes it from its "DRD..." counterpart.
#pragma once

#include "errors/result.hpp"
#include "math/rotation.hpp"

namespace sc::math {

// INVORT: each column is made a unit vector (UNORM), scaled once more by 1 / its length, and the
// result transposed. SPICE(ZEROLENGTHCOLUMN) for a zero column, SPICE(COLUMNTOOSMALL) for one too
// short to invert (length * DPMAX < 1).
Result<Mat3> invert_orthogonal(const Mat3& m);

}  // namespace sc::math
