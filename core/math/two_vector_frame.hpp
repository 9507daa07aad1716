// TWOVEC: the rotation to a frame defined by two vectors, one giving an axis and the other a
// plane that contains a second axis, with SPICELIB's arithmetic (VHAT, UCRSS) so the matrix
// carries CSPICE's bits.
#pragma once

#include "errors/result.hpp"
#include "math/rotation.hpp"
#include "math/vector_ops.hpp"

namespace sc::math {

// TWOVEC: the matrix that takes vectors from the frame of axdef and plndef to the frame whose axis
// `indexa` (1 = x, 2 = y, 3 = z) points along axdef and whose axis `indexp` lies in the plane of
// axdef and plndef, on plndef's side. Its rows are the new axes. Errors, in TWOVEC's order:
// SPICE(BADINDEX) when an index is outside 1..3, SPICE(UNDEFINEDFRAME) when they are equal,
// SPICE(DEPENDENTVECTORS) when the vectors are parallel (or one is zero).
Result<Mat3> twovec(const Vec3& axdef, int indexa, const Vec3& plndef, int indexp);

}  // namespace sc::math
