// Rotations given by an axis and an angle, as SPICELIB builds and decomposes them:
//   axisar  AXISAR  the matrix that rotates every vector by `angle` radians (right-handed) about
//                   `axis`: its columns are the basis vectors rotated by VROTV;
//   raxisa  RAXISA  the axis and angle of a rotation matrix, from its quaternion (M2Q).
// The CK types that interpolate between pointing instances (2, 3) use both.
#pragma once

#include "errors/result.hpp"
#include "math/rotation.hpp"
#include "math/vector_ops.hpp"

namespace sc::math {

Mat3 axisar(const Vec3& axis, double angle);

struct AxisAngle {
  Vec3 axis;     // unit vector; (0, 0, 1) for the identity
  double angle;  // radians, in [0, pi]
};

// RAXISA: M2Q's errors (SPICE(NOTAROTATION)) for a matrix that is not a rotation.
Result<AxisAngle> raxisa(const Mat3& m);

}  // namespace sc::math
