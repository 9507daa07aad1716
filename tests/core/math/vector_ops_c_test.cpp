// vproj_c and vperp_c (core/math/vector_ops_c): CSPICE's C versions, which scale by a reciprocal
// where VPROJ and VPERP divide, and give zero for a zero b where VPERP gives a; the Dialect switch;
// the flat call forms of vector_calls (vproj/vperp are the C versions, eul2m checks its axes).
#include <doctest/doctest.h>

#include <array>

#include "math/vector_calls.hpp"
#include "math/vector_ops_c.hpp"

using namespace sc::math;

TEST_CASE("vproj_c and vperp_c: zero cases, the split of a, reciprocal scaling") {
  const Vec3 a{3.0, -7.0, 1.0 / 3.0};
  const Vec3 b{0.1, 0.7, -9.0};
  CHECK(vperp_c(a, Vec3{0, 0, 0}) == Vec3{0, 0, 0});
  CHECK(vperp(a, Vec3{0, 0, 0}) == a);  // SPICELIB's VPERP returns a
  CHECK(vproj_c(Vec3{0, 0, 0}, b) == Vec3{0, 0, 0});
  const Vec3 p = vproj_c(a, b);
  const Vec3 q = vperp_c(a, b);
  for (int i = 0; i < 3; ++i) CHECK(p[i] + q[i] == doctest::Approx(a[i]).epsilon(1e-15));
  CHECK(vdot(q, b) == doctest::Approx(0.0).epsilon(1e-14));
  // As the C source computes it: t = (1/biga) a, r = (1/bigb) b.
  const double biga = 7.0;
  const double bigb = 9.0;
  const Vec3 t = vscl(1.0 / biga, a);
  const Vec3 r = vscl(1.0 / bigb, b);
  CHECK(p == vscl(vdot(t, r) * biga / vdot(r, r), r));
  CHECK(vproj(a, b, Dialect::cspice_c) == p);
  CHECK(vproj(a, b, Dialect::spicelib) == vproj(a, b));
}

TEST_CASE("vector_calls: flat spans in, CSPICE's C functions out") {
  const std::array<double, 3> a{1.0, 2.0, 3.0};
  const std::array<double, 3> b{0.0, 0.0, 0.0};
  CHECK(calls::vperp(a, b) == Vec3{0, 0, 0});
  CHECK(calls::vdist(a, a) == 0.0);
  CHECK(calls::eul2m(0.1, 0.2, 0.3, 3, 1, 4).error().short_code == "SPICE(BADAXISNUMBERS)");
  const std::array<double, 9> m{1, 2, 3, 4, 5, 6, 7, 8, 9};
  const Mat3 t = calls::xpose(m);
  CHECK(t[0][1] == 4.0);
  CHECK(t[2][0] == 3.0);
  CHECK(calls::mtxv(m, a) == Vec3{1 + 8 + 21, 2 + 10 + 24, 3 + 12 + 27});
}
