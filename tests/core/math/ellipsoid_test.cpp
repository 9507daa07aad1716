// Ellipsoids (core/math/ellipsoid): SURFNM, and NEARPT outside, inside, at the center, on axes,
// with equal axes; the point minus the altitude along the normal gives the input back.
#include <doctest/doctest.h>

#include <cmath>

#include "math/ellipsoid.hpp"

using namespace sc::math;

namespace {

void check_near_point(const Vec3& p, double a, double b, double c) {
  CAPTURE(p[0]);
  CAPTURE(p[1]);
  CAPTURE(p[2]);
  auto r = nearpt(p, a, b, c);
  REQUIRE(r.ok());
  const Vec3& x = r->npoint;
  // On the surface ...
  CHECK((x[0] / a) * (x[0] / a) + (x[1] / b) * (x[1] / b) + (x[2] / c) * (x[2] / c) == doctest::Approx(1.0).epsilon(1e-14));
  // ... and the input point is the altitude away along the normal.
  auto n = surfnm(a, b, c, x);
  REQUIRE(n.ok());
  for (std::size_t i = 0; i < 3; ++i) CHECK(x[i] + r->alt * (*n)[i] == doctest::Approx(p[i]).epsilon(1e-12).scale(a));
}

}  // namespace

TEST_CASE("surfnm is the unit gradient and refuses non-positive axes") {
  auto n = surfnm(2.0, 3.0, 4.0, {2.0, 0.0, 0.0});
  REQUIRE(n.ok());
  CHECK(*n == Vec3{1.0, 0.0, 0.0});
  auto m = surfnm(1.0, 1.0, 2.0, {0.0, std::sqrt(0.5), std::sqrt(2.0)});
  REQUIRE(m.ok());
  CHECK(vnorm(*m) == doctest::Approx(1.0));
  CHECK(surfnm(1.0, 0.0, 1.0, {1.0, 0.0, 0.0}).error().short_code == "SPICE(BADAXISLENGTH)");
}

TEST_CASE("nearpt on a sphere is the radial projection") {
  auto r = nearpt({3.0, 4.0, 12.0}, 1.0, 1.0, 1.0);
  REQUIRE(r.ok());
  CHECK(r->alt == doctest::Approx(12.0));
  CHECK(r->npoint[0] == doctest::Approx(3.0 / 13.0));
  CHECK(r->npoint[2] == doctest::Approx(12.0 / 13.0));
}

TEST_CASE("nearpt outside, inside, on axes and at the center of Earth-like and triaxial ellipsoids") {
  const double re = 6378.1366;
  const double rp = 6356.7519;
  for (const Vec3 p : {Vec3{-2353.575016264875, -4641.358049071837, 3677.06138920926}, Vec3{7000.0, 0.0, 0.0},
                       Vec3{0.0, 0.0, -7000.0}, Vec3{1000.0, 2000.0, -3000.0}, Vec3{4000.0, 4000.0, 1.0},
                       Vec3{42164.0, 1.0, 0.5}}) {
    check_near_point(p, re, re, rp);
    check_near_point(p, 6500.0, 6000.0, 5000.0);
  }
  // The center: the nearest points are the ends of the shortest axis.
  auto center = nearpt({0.0, 0.0, 0.0}, 3.0, 2.0, 1.0);
  REQUIRE(center.ok());
  CHECK(center->alt == -1.0);
  CHECK(std::fabs(center->npoint[2]) == 1.0);
  // A point on the surface has altitude 0 (to rounding).
  auto on = nearpt({re, 0.0, 0.0}, re, re, rp);
  REQUIRE(on.ok());
  CHECK(std::fabs(on->alt) < 1e-9);
}

TEST_CASE("nearpt refuses bad axes") {
  CHECK(nearpt({1.0, 0.0, 0.0}, -1.0, 1.0, 1.0).error().short_code == "SPICE(BADAXISLENGTH)");
  CHECK(nearpt({1.0, 0.0, 0.0}, 1e-200, 1e200, 1.0).error().short_code == "SPICE(BADAXISLENGTH)");
}
