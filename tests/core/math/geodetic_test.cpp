// Planetodetic coordinates (core/math/geodetic): GEOREC on Earth's radii gives observers.json's
// ground stations bit for bit; poles, equator and errors.
#include <doctest/doctest.h>

#include "math/angles.hpp"
#include "math/geodetic.hpp"

using namespace sc::math;

TEST_CASE("georec gives CSPICE's ground stations (observers.json: Goldstone, Canberra, Madrid)") {
  const double re = 6378.1366;
  const double rp = 6356.7519;
  const double f = (re - rp) / re;
  struct Station {
    double lat, lon, alt;
    Vec3 want;
  };
  for (const Station& s : {Station{35.426, -116.889, 1.002, {-2353.575016264875, -4641.358049071837, 3677.06138920926}},
                           Station{-35.401, 148.981, 0.692, {-4460.962772288931, 2682.4306463229977, -3674.620906774744}},
                           Station{40.427, -4.248, 0.835, {4849.371997906495, -360.2003801990851, 4114.733755767743}}}) {
    auto got = georec(s.lon * kRadiansPerDegree, s.lat * kRadiansPerDegree, s.alt, re, f);
    REQUIRE(got.ok());
    CHECK(*got == s.want);
  }
}

TEST_CASE("georec on the equator and at the poles; bad radius or flattening") {
  auto equator = georec(0.0, 0.0, 1.0, 10.0, 0.1);
  REQUIRE(equator.ok());
  CHECK((*equator)[0] == doctest::Approx(11.0));
  auto pole = georec(0.0, kHalfPi, 1.0, 10.0, 0.1);
  REQUIRE(pole.ok());
  CHECK((*pole)[2] == doctest::Approx(10.0));
  CHECK(georec(0.0, 0.0, 0.0, 0.0, 0.1).error().short_code == "SPICE(VALUEOUTOFRANGE)");
  CHECK(georec(0.0, 0.0, 0.0, 1.0, 1.0).error().short_code == "SPICE(VALUEOUTOFRANGE)");
}
