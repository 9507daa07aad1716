// DET and ISROT: whether a matrix is a rotation within tolerances, as SPICELIB decides it (M2EUL
// and XF2EUL refuse other matrices with SPICE(NOTAROTATION)).
#pragma once

#include "math/rotation.hpp"

namespace sc::math {

// DET: the determinant, expanded along the first row in DET's order.
double det(const Mat3& m);

// ISROT: each column's norm within ntol of 1 and the determinant of the matrix of unit columns
// (UNORM) within dtol of 1. NaN anywhere makes it false. Tolerances must be non-negative (ISROT
// signals SPICE(VALUEOUTOFRANGE) otherwise; no caller passes one).
bool isrot(const Mat3& m, double ntol, double dtol);

}  // namespace sc::math
