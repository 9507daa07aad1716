// 3x3 rotation matrices and their products, with the exact element formulas and summation order of
// SPICELIB's ROTATE, ROTMAT, MXM, MXMT, MTXM and XPOSE. Frame matrices built from these come out
// with CSPICE's bits (the order of a three-term sum changes the last bit), and, with -ffp-contract=off
// and sc::math trig, identically on the native and WASM backends.
#pragma once

#include <array>

namespace sc::math {

using Mat3 = std::array<std::array<double, 3>, 3>;  // row-major: m[row][column]
using Mat6 = std::array<std::array<double, 6>, 6>;  // row-major state transformation

// The identity, exactly 1s and +0s (SPICELIB's IDENT).
Mat3 identity3();

// The frame rotation [angle]_axis (SPICELIB's ROTATE): the matrix that takes a vector's components
// in a frame to its components in that frame rotated by `angle` radians about its axis `axis`
// (1 = x, 2 = y, 3 = z; other values are taken mod 3, as ROTATE does). For axis 3:
//    |  cos  sin  0 |
//    | -sin  cos  0 |
//    |   0    0   1 |
Mat3 rotate(double angle, int axis);

// [angle]_axis * m, computed as SPICELIB's ROTMAT does (rows other than the axis row become
// c*m[i2] + s*m[i3] and -s*m[i2] + c*m[i3]), which is not bit-equal to multiply(rotate(...), m).
Mat3 rotate_matrix(const Mat3& m, double angle, int axis);

Mat3 multiply(const Mat3& a, const Mat3& b);             // a * b    (MXM)
Mat3 multiply_transposed(const Mat3& a, const Mat3& b);  // a * b^T  (MXMT)
Mat3 transposed_multiply(const Mat3& a, const Mat3& b);  // a^T * b  (MTXM)
Mat3 transpose(const Mat3& m);                           // (XPOSE)

// The 6x6 state transformation of rotation r with derivative drdt: r on the diagonal blocks, drdt
// below them, zeros above (the layout SXFORM, EUL2XF and TISBOD return).
Mat6 state_transform(const Mat3& r, const Mat3& drdt);

// The state transformation of a rotation that does not change with time (its derivative block is
// zero).
Mat6 constant_rotation_state_transform(const Mat3& r);

}  // namespace sc::math
