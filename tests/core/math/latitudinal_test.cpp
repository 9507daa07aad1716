// Latitudinal coordinates (core/math/latitudinal): RECLAT/LATREC round trips, the z-axis and the
// origin, and DLATDR as the inverse of DRDLAT.
#include <doctest/doctest.h>

#include <cmath>

#include "math/angles.hpp"
#include "math/latitudinal.hpp"

using namespace sc::math;

TEST_CASE("reclat and latrec invert each other; the origin and the z-axis have longitude 0") {
  for (const Vec3 v : {Vec3{1.0, 2.0, 3.0}, Vec3{-4000.5, 0.25, -7.0}, Vec3{1e-300, -1e-300, 0.0}, Vec3{0.0, -5.0, 0.0}}) {
    const Latitudinal l = reclat(v);
    const Vec3 back = latrec(l.radius, l.lon, l.lat);
    for (std::size_t i = 0; i < 3; ++i) CHECK(back[i] == doctest::Approx(v[i]).scale(vnorm(v)).epsilon(1e-15));
  }
  const Latitudinal zero = reclat({0.0, 0.0, 0.0});
  CHECK(zero.radius == 0.0);
  CHECK(zero.lon == 0.0);
  CHECK(zero.lat == 0.0);
  const Latitudinal pole = reclat({0.0, 0.0, -2.0});
  CHECK(pole.radius == 2.0);
  CHECK(pole.lon == 0.0);
  CHECK(pole.lat == -kHalfPi);
  CHECK(reclat({-1.0, 0.0, 0.0}).lon == kPi);
}

TEST_CASE("dlatdr is the inverse of drdlat, and undefined on the z-axis") {
  const Vec3 p{3.0, -4.0, 12.0};
  const Latitudinal l = reclat(p);
  const Mat3 forward = drdlat(l.radius, l.lon, l.lat);
  auto inverse = dlatdr(p[0], p[1], p[2]);
  REQUIRE(inverse.ok());
  const Mat3 product = multiply(*inverse, forward);
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < 3; ++j) CHECK(product[i][j] == doctest::Approx(i == j ? 1.0 : 0.0).epsilon(1e-15));
  }
  CHECK(dlatdr(0.0, 0.0, 1.0).error().short_code == "SPICE(POINTONZAXIS)");
}
