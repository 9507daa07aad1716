// Planetographic coordinates (core/bodies/planetographic): the longitude sense from the pool (the
// override, PLNSNS's prime-meridian rate, the Earth/Moon/Sun exceptions), the conversions against
// CSPICE's answers (coords2.json, pck00010 rates) and the errors in RECPGR's order.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "bodies/planetographic.hpp"
#include "math/angles.hpp"
#include "pool/pool.hpp"

using namespace sc;
using bodies::BodyNames;
using pool::Pool;
using pool::Variable;
using pool::VarType;

namespace {

void put_numbers(Pool& pool, const std::string& name, std::vector<double> values) {
  Variable v;
  v.type = VarType::Numeric;
  v.numbers = std::move(values);
  REQUIRE(pool.put(name, std::move(v)).ok());
}

void put_string(Pool& pool, const std::string& name, std::string value) {
  Variable v;
  v.type = VarType::Character;
  v.strings = {std::move(value)};
  REQUIRE(pool.put(name, std::move(v)).ok());
}

int sense(const Pool& pool, int id) {
  auto s = bodies::planetographic_sense(pool, id, "BODY");
  REQUIRE_MESSAGE(s.ok(), s.error().short_code);
  return *s;
}

}  // namespace

TEST_CASE("the longitude sense: PM rate sign, Earth without data, Moon and Sun east once they have a rate") {
  Pool pool;
  put_numbers(pool, "BODY499_PM", {176.63, 350.89198226, 0.0});  // Mars: prograde, west-positive
  put_numbers(pool, "BODY799_PM", {203.81, -501.1600928, 0.0});  // Uranus: retrograde, east-positive
  put_numbers(pool, "BODY301_PM", {38.3213, 13.17635815, -1.4e-12});
  put_numbers(pool, "BODY10_PM", {84.176, 14.18440, 0.0});
  put_numbers(pool, "BODY999_PM", {0.0, 0.0});  // a zero rate counts as west
  CHECK(sense(pool, 499) == -1);
  CHECK(sense(pool, 799) == 1);
  CHECK(sense(pool, 301) == 1);
  CHECK(sense(pool, 10) == 1);
  CHECK(sense(pool, 999) == -1);
  CHECK(sense(pool, 399) == 1);  // PLNSNS answers for Earth without a pool variable
  CHECK(bodies::planetographic_sense(Pool{}, 301, "MOON").error().short_code == "SPICE(MISSINGDATA)");
  put_numbers(pool, "BODY401_PM", {1.0});  // one value: no rate
  CHECK(bodies::planetographic_sense(pool, 401, "PHOBOS").error().short_code == "SPICE(MISSINGDATA)");
}

TEST_CASE("BODY<id>_PGR_POSITIVE_LON overrides: blanks and case ignored, four characters compared") {
  Pool pool;
  put_numbers(pool, "BODY499_PM", {176.63, 350.89198226, 0.0});
  put_string(pool, "BODY499_PGR_POSITIVE_LON", " e a s t ");
  CHECK(sense(pool, 499) == 1);
  put_string(pool, "BODY399_PGR_POSITIVE_LON", "West");
  CHECK(sense(pool, 399) == -1);
  put_string(pool, "BODY599_PGR_POSITIVE_LON", "EASTWARD");  // LJUCRS into CHARACTER*4 keeps "EAST"
  CHECK(sense(pool, 599) == 1);
  put_string(pool, "BODY699_PGR_POSITIVE_LON", "NORTH");
  CHECK(bodies::planetographic_sense(pool, 699, "SATURN").error().short_code == "SPICE(INVALIDOPTION)");
  put_numbers(pool, "BODY799_PGR_POSITIVE_LON", {1.0});  // numeric: GCPOOL does not find it
  CHECK(bodies::planetographic_sense(pool, 799, "URANUS").error().short_code == "SPICE(MISSINGDATA)");
}

TEST_CASE("recpgr, pgrrec, dpgrdr and drdpgr give CSPICE's answers (coords2.json, Earth)") {
  const Pool pool;
  const BodyNames names;
  const double re = 6378.1366;
  const double f = 0.0033528131084554717;
  auto g = bodies::recpgr(pool, names, "EARTH", {3682.094861497827, 1734.3822310974206, -135.3477493903326}, re, f);
  REQUIRE(g.ok());
  CHECK(g->lon == 0.44020532365843584);
  CHECK(g->lat == -0.03359367440255418);
  CHECK(g->alt == -2305.7395897096376);
  auto p = bodies::pgrrec(pool, names, "EARTH", -3.3397882741700715, -1.210738053219705, 2384.847371125567, re, f);
  REQUIRE(p.ok());
  CHECK(*p == math::Vec3{-3033.497407410439, 609.223947403421, -8178.568530508338});
}

TEST_CASE("west-positive longitudes: recpgr mirrors recgeo's longitude into [0, 2 pi), and the Jacobians flip") {
  Pool pool;
  put_numbers(pool, "BODY499_PM", {176.63, 350.89198226, 0.0});
  const BodyNames names;
  const double re = 3396.19;
  const double f = (3396.19 - 3376.2) / 3396.19;
  // NAIF's RECPGR example: 90 degrees west, 45 north, 300 km up.
  auto g = bodies::recpgr(pool, names, "MARS", {0.0, -2620.678914818178, 2592.408908856967}, re, f);
  REQUIRE(g.ok());
  CHECK(g->lon == doctest::Approx(math::kHalfPi).epsilon(1e-15));
  CHECK(g->lat == doctest::Approx(math::kPi / 4).epsilon(1e-14));
  CHECK(g->alt == doctest::Approx(300.0).epsilon(1e-12));
  auto zero = bodies::recpgr(pool, names, "MARS", {3396.19, 0.0, 0.0}, re, f);
  REQUIRE(zero.ok());
  CHECK(zero->lon == 0.0);
  CHECK(!std::signbit(zero->lon));  // BRCKTD turns -0 into +0
  auto geo = math::drdgeo(-1.0, 0.5, 10.0, re, f);
  auto pgr = bodies::drdpgr(pool, names, "MARS", 1.0, 0.5, 10.0, re, f);
  REQUIRE((geo.ok() && pgr.ok()));
  for (int r = 0; r < 3; ++r) {
    CHECK((*pgr)[r][0] == -(*geo)[r][0]);
    CHECK((*pgr)[r][1] == (*geo)[r][1]);
  }
}

TEST_CASE("errors in RECPGR's order: empty, unknown body, radius, flattening, sense") {
  const Pool pool;
  const BodyNames names;
  auto code = [&](std::string_view body, double re, double f) {
    return bodies::recpgr(pool, names, body, {1.0, 2.0, 3.0}, re, f).error().short_code;
  };
  CHECK(code("", 1.0, 0.0) == "SPICE(EMPTYSTRING)");
  CHECK(code("NOT A BODY", 0.0, 0.0) == "SPICE(IDCODENOTFOUND)");
  CHECK(code("MARS", 0.0, 2.0) == "SPICE(VALUEOUTOFRANGE)");
  CHECK(code("MARS", 1.0, 1.0) == "SPICE(VALUEOUTOFRANGE)");
  CHECK(code("MARS", 1.0, 0.0) == "SPICE(MISSINGDATA)");
  CHECK(bodies::dpgrdr(pool, names, "EARTH", 0.0, 0.0, 5.0, 1.0, 0.1).error().short_code == "SPICE(POINTONZAXIS)");
}
