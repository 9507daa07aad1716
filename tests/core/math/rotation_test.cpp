// Rotations (core/math/rotation): ROTATE, ROTMAT, MXM/MXMT/MTXM and XPOSE follow SPICELIB's
// conventions.
#include <doctest/doctest.h>

#include <cmath>

#include "inertial/inertial_frames.hpp"
#include "math/rotation.hpp"
#include "math/trig.hpp"

namespace {

using sc::math::Mat3;

}  // namespace

TEST_CASE("rotation helpers follow SPICELIB's conventions") {
  const double a = 0.3;
  const Mat3 rz = sc::math::rotate(a, 3);
  const double s = sc::math::sin(a);  // the project's trig, whichever libm is underneath
  const double c = sc::math::cos(a);
  CHECK(rz[0][0] == c);
  CHECK(rz[0][1] == s);
  CHECK(rz[1][0] == -s);
  CHECK(rz[2][2] == 1.0);
  const Mat3 rx = sc::math::rotate(a, 1);
  CHECK(rx[1][2] == s);
  CHECK(rx[2][1] == -s);
  const Mat3 ry = sc::math::rotate(a, 2);
  CHECK(ry[2][0] == s);
  CHECK(ry[0][2] == -s);
  CHECK(sc::math::rotate(a, 0) == rz);   // axis taken mod 3
  CHECK(sc::math::rotate(a, -1) == ry);  // -1 mod 3 = 2
  // rotate_matrix(m, a, axis) is [a]_axis * m (ROTMAT), to round-off.
  const Mat3 m = sc::math::rotate(0.7, 2);
  const Mat3 p = sc::math::rotate_matrix(m, a, 1);
  const Mat3 q = sc::math::multiply(sc::math::rotate(a, 1), m);
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < 3; ++j) CHECK(std::fabs(p[i][j] - q[i][j]) <= 1e-16);
  }
  const Mat3 t = sc::math::transpose(m);
  CHECK(sc::math::multiply_transposed(q, m) == sc::math::multiply(q, t));
  CHECK(sc::math::transposed_multiply(t, q) == sc::math::multiply(m, q));
}
