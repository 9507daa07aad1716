// SPICE quaternions and axis-angle rotations (core/math/quaternion, axis_angle): Q2M's convention
// (rotation.req: q = (cos(theta/2), sin(theta/2) axis) rotates vectors by theta about axis), M2Q
// back to the same quaternion with a non-negative scalar part, Q2M's scaling of non-unit
// quaternions, QXQ, QDQ2AV, AXISAR and RAXISA.
#include <doctest/doctest.h>

#include <cmath>

#include "math/axis_angle.hpp"
#include "math/quaternion.hpp"

namespace {

using sc::math::Mat3;
using sc::math::Quat;

bool near(double a, double b, double tol = 1e-15) { return std::fabs(a - b) <= tol; }

}  // namespace

TEST_CASE("Q2M: a quarter turn about z maps x to y") {
  const double h = std::sqrt(0.5);
  const Mat3 r = sc::math::q2m(Quat{h, 0, 0, h});
  // The matrix's columns are the images of the basis vectors: x -> y.
  CHECK(near(r[0][0], 0.0));
  CHECK(near(r[1][0], 1.0));
  CHECK(near(r[0][1], -1.0));
  CHECK(near(r[2][2], 1.0));
  // A non-unit quaternion gives the same rotation (Q2M divides by |q|^2).
  const Mat3 r2 = sc::math::q2m(Quat{2 * h, 0, 0, 2 * h});
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < 3; ++j) CHECK(near(r2[i][j], r[i][j]));
  }
}

TEST_CASE("M2Q inverts Q2M, with the scalar part made non-negative") {
  const Quat q{-0.3, 0.5, -0.7, std::sqrt(1 - 0.09 - 0.25 - 0.49)};
  const auto back = sc::math::m2q(sc::math::q2m(q));
  REQUIRE(back.ok());
  for (int i = 0; i < 4; ++i) CHECK(near((*back)[i], -q[i], 1e-15));
  Mat3 bad = sc::math::identity3();
  bad[0][0] = 2;
  CHECK(sc::math::m2q(bad).error().short_code == "SPICE(NOTAROTATION)");
}

TEST_CASE("QXQ multiplies as rotations compose; QDQ2AV of a steady spin") {
  const double h = std::sqrt(0.5);
  const Quat qz{h, 0, 0, h};
  const Quat both = sc::math::qxq(qz, qz);  // half turn about z
  CHECK(near(both[0], 0.0, 1e-16));
  CHECK(near(both[3], 1.0));
  // q(t) = (cos(wt/2), 0, 0, sin(wt/2)): its derivative at t = 0 is (0, 0, 0, w/2), and QDQ2AV gives
  // SPICE's angular velocity for it (rotation.req: the frame's rate, negated as CK's convention).
  const auto av = sc::math::qdq2av(Quat{1, 0, 0, 0}, Quat{0, 0, 0, 0.05});
  CHECK(near(std::fabs(av[2]), 0.1));
  CHECK(near(av[0], 0.0));
}

TEST_CASE("AXISAR and RAXISA are inverses; identity and half turns as RAXISA reports them") {
  const sc::math::Vec3 axis{1 / std::sqrt(3.0), 1 / std::sqrt(3.0), 1 / std::sqrt(3.0)};
  const auto aa = sc::math::raxisa(sc::math::axisar(axis, 0.75));
  REQUIRE(aa.ok());
  CHECK(near(aa->angle, 0.75, 1e-15));
  for (int i = 0; i < 3; ++i) CHECK(near(aa->axis[i], axis[i], 1e-15));
  const auto id = sc::math::raxisa(sc::math::identity3());
  REQUIRE(id.ok());
  CHECK(id->angle == 0.0);
  CHECK(id->axis[2] == 1.0);
}
