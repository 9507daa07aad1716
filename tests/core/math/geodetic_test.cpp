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

namespace {

Mat3 rows9(const double (&v)[9]) {
  return {{{v[0], v[1], v[2]}, {v[3], v[4], v[5]}, {v[6], v[7], v[8]}}};
}

}  // namespace

TEST_CASE("recgeo inverts georec and gives CSPICE's answer (coords.json recgeo#199)") {
  auto g = recgeo({-183135.8288906248, 128049.54148099691, 120007.42461494004}, 6378.1366, 0.0033528131084554717);
  REQUIRE(g.ok());
  CHECK(g->lon == 2.5314002466212);
  CHECK(g->lat == 0.4929061779899458);
  CHECK(g->alt == 247274.42977187087);
  auto back = georec(g->lon, g->lat, g->alt, 6378.1366, 0.0033528131084554717);
  REQUIRE(back.ok());
  CHECK((*back)[0] == doctest::Approx(-183135.8288906248).epsilon(1e-14));
  CHECK(recgeo({1.0, 2.0, 3.0}, 0.0, 0.0).error().short_code == "SPICE(VALUEOUTOFRANGE)");
  CHECK(recgeo({1.0, 2.0, 3.0}, 1.0, 1.0).error().short_code == "SPICE(VALUEOUTOFRANGE)");
}

TEST_CASE("drdgeo and dgeodr give CSPICE's matrices; their checks come in DRDGEO's order") {
  auto forward = drdgeo(-0.8437126103482324, 1.1565052578225732, 6439.051862991051, 6378.1366, 0.0033528131);
  REQUIRE(forward.ok());
  CHECK(*forward == rows9({3860.106753245305, -7805.4559491807295, 0.26756650128057446, 3434.2571365388167,
                           8773.336422897384, -0.3007448823637875, 0.0, 5163.8678528691535, 0.9154019243613507}));
  auto inverse = dgeodr(-4623.9171844793955, -316.09840176383034, -7716.172427069893, 6378.1366, 0.0033528131);
  REQUIRE(inverse.ok());
  CHECK(*inverse == rows9({1.4715578543015597e-05, -0.00021526086852993436, 0.0, -9.492270098948862e-05,
                           -6.4890682243612614e-06, 5.687745654234138e-05, -0.5119133556250876, -0.03499521879366612,
                           -0.8583239778744656}));
  CHECK(drdgeo(0.0, 0.0, 0.0, 0.0, 1.0).error().short_code == "SPICE(VALUEOUTOFRANGE)");  // f first
  CHECK(drdgeo(0.0, 0.0, 0.0, 0.0, 0.0).error().short_code == "SPICE(BADRADIUS)");
  CHECK(dgeodr(1.0, 2.0, 3.0, 0.0, 0.1).error().short_code == "SPICE(BADRADIUS)");
  CHECK(dgeodr(0.0, 0.0, 5.0, 1.0, 0.1).error().short_code == "SPICE(POINTONZAXIS)");
}
