// convrt (core/math/units.hpp): every unit CONVRT knows, with the factors of its documentation
// (degrees, metres and seconds), its arithmetic (x * factor_in / factor_out, so results are exact
// to the bit), round trips, case, blanks and its errors with CSPICE's messages.
#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <string>
#include <string_view>

#include "math/constants.hpp"
#include "math/units.hpp"

namespace {

struct Documented {
  std::string_view name;
  std::string_view kind;
  double factor;  // in degrees, metres or seconds
};

// From CONVRT's documentation: exact definitions (1 ft = 0.3048 m, 1 nmi = 1852 m, ...), the AU
// of DE125 and the light year and parsec derived from it and c.
const std::array<Documented, 31> kDocumented = {{
    {"RADIANS", "ANGLE", 180.0 / 3.141592653589793},
    {"DEGREES", "ANGLE", 1.0},
    {"ARCMINUTES", "ANGLE", 1.0 / 60.0},
    {"ARCSECONDS", "ANGLE", 1.0 / 3600.0},
    {"HOURANGLE", "ANGLE", 15.0},
    {"MINUTEANGLE", "ANGLE", 15.0 / 60.0},
    {"SECONDANGLE", "ANGLE", 15.0 / 3600.0},
    {"M", "DISTANCE", 1.0},
    {"METERS", "DISTANCE", 1.0},
    {"KM", "DISTANCE", 1000.0},
    {"KILOMETERS", "DISTANCE", 1000.0},
    {"CM", "DISTANCE", 0.01},
    {"CENTIMETERS", "DISTANCE", 0.01},
    {"MM", "DISTANCE", 0.001},
    {"MILLIMETERS", "DISTANCE", 0.001},
    {"FEET", "DISTANCE", 0.3048},
    {"INCHES", "DISTANCE", 0.0254},
    {"YARDS", "DISTANCE", 0.9144},
    {"STATUTE_MILES", "DISTANCE", 1609.344},
    {"NAUTICAL_MILES", "DISTANCE", 1852.0},
    {"AU", "DISTANCE", 149597870613.68887},
    {"PARSECS", "DISTANCE", 30856775797231604.0},
    {"LIGHTSECS", "DISTANCE", 299792458.0},
    {"LIGHTYEARS", "DISTANCE", 299792458.0 * 31557600.0},
    {"SECONDS", "TIME", 1.0},
    {"MINUTES", "TIME", 60.0},
    {"HOURS", "TIME", 3600.0},
    {"DAYS", "TIME", 86400.0},
    {"JULIAN_YEARS", "TIME", 31557600.0},
    {"TROPICAL_YEARS", "TIME", 31556925.976319999},
    {"YEARS", "TIME", 31557600.0},
}};

double base_of(std::string_view kind) {
  for (const Documented& d : kDocumented) {
    if (d.kind == kind && d.factor == 1.0) return d.factor;
  }
  return 0.0;
}

}  // namespace

TEST_CASE("convrt: every unit to and from its kind's base unit, with CONVRT's arithmetic") {
  for (const Documented& d : kDocumented) {
    const std::string_view base = d.kind == "ANGLE" ? "DEGREES" : d.kind == "DISTANCE" ? "METERS" : "SECONDS";
    REQUIRE(base_of(d.kind) == 1.0);
    const double x = 2.5;
    auto to_base = sc::math::convrt(x, d.name, base);
    REQUIRE_MESSAGE(to_base.ok(), d.name);
    CHECK_MESSAGE(*to_base == (x * d.factor) / 1.0, d.name);
    auto from_base = sc::math::convrt(x, base, d.name);
    REQUIRE(from_base.ok());
    CHECK_MESSAGE(*from_base == (x * 1.0) / d.factor, d.name);
  }
}

TEST_CASE("convrt: conversions between units of a kind are x * in / out, rounded twice") {
  for (const Documented& a : kDocumented) {
    for (const Documented& b : kDocumented) {
      if (a.kind != b.kind) continue;
      const double x = -7.125;
      auto y = sc::math::convrt(x, a.name, b.name);
      REQUIRE(y.ok());
      const double temp = x * a.factor;
      CHECK_MESSAGE(*y == temp / b.factor, a.name << " -> " << b.name);
      // And back: within a few units in the last place of x.
      auto back = sc::math::convrt(*y, b.name, a.name);
      REQUIRE(back.ok());
      CHECK_MESSAGE(std::fabs(*back - x) <= 4.0 * std::fabs(x) * 2.220446049250313e-16, a.name << " <-> " << b.name);
    }
  }
}

TEST_CASE("convrt: documented examples and exact definitions") {
  CHECK(*sc::math::convrt(1.0, "KM", "M") == 1000.0);
  CHECK(*sc::math::convrt(1.0, "STATUTE_MILES", "FEET") == 1609.344 / 0.3048);
  CHECK(*sc::math::convrt(180.0, "DEGREES", "RADIANS") == 180.0 / sc::math::dpr());
  CHECK(*sc::math::convrt(1.0, "RADIANS", "DEGREES") == sc::math::dpr());
  CHECK(*sc::math::convrt(1.0, "HOURANGLE", "DEGREES") == 15.0);
  CHECK(*sc::math::convrt(1.0, "DAYS", "HOURS") == 24.0);
  CHECK(*sc::math::convrt(1.0, "YEARS", "JULIAN_YEARS") == 1.0);
  CHECK(*sc::math::convrt(1.0, "AU", "KM") == 149597870613.68887 / 1000.0);
  CHECK(std::fabs(*sc::math::convrt(1.0, "AU", "KM") - 149597870.61368887) < 1e-7);
  CHECK(*sc::math::convrt(1.0, "LIGHTYEARS", "M") == 9460730472580800.0);
  // One parsec is one AU over the sine of one arcsecond, to CONVRT's 17 digits.
  CHECK(std::fabs(*sc::math::convrt(1.0, "PARSECS", "AU") - 1.0 / std::sin(3.141592653589793 / 648000.0)) < 1e-4);
}

TEST_CASE("convrt: names are upper-cased into 16 characters, not left-justified") {
  CHECK(*sc::math::convrt(2.0, "km", "Meters") == 2000.0);
  CHECK(*sc::math::convrt(2.0, "KM   ", "M") == 2000.0);
  // Cut after 16 characters: the rest is never seen.
  CHECK(*sc::math::convrt(1.0, "NAUTICAL_MILES  and more", "M") == 1852.0);
  auto leading = sc::math::convrt(1.0, " KM", "M");
  REQUIRE_FALSE(leading.ok());
  CHECK(leading.error().short_code == "SPICE(UNITSNOTREC)");
}

TEST_CASE("convrt: CSPICE's errors and messages") {
  auto neither = sc::math::convrt(1.0, "furlongs", "fortnights");
  REQUIRE_FALSE(neither.ok());
  CHECK(neither.error().short_code == "SPICE(UNITSNOTREC)");
  CHECK(neither.error().long_msg ==
        "CONVRT: Neither the input units FURLONGS        nor the output units FORTNIGHTS      were recognized.");

  auto in = sc::math::convrt(1.0, "FURLONGS", "KM");
  REQUIRE_FALSE(in.ok());
  CHECK(in.error().short_code == "SPICE(UNITSNOTREC)");
  CHECK(in.error().long_msg == "CONVRT: Input units FURLONGS         were not recognized");

  auto out = sc::math::convrt(1.0, "KM", "FURLONGS");
  REQUIRE_FALSE(out.ok());
  CHECK(out.error().short_code == "SPICE(UNITSNOTREC)");
  CHECK(out.error().long_msg == "CONVRT: Output units FURLONGS         were not recognized");

  auto mixed = sc::math::convrt(1.0, "degrees", "KM");
  REQUIRE_FALSE(mixed.ok());
  CHECK(mixed.error().short_code == "SPICE(INCOMPATIBLEUNITS)");
  CHECK(mixed.error().long_msg ==
        "CONVRT: Incompatible units. You are attempting to convert DEGREES         type: ANGLE    to KM              "
        "type: DISTANCE.");

  auto time_to_angle = sc::math::convrt(1.0, "DAYS", "HOURANGLE");
  REQUIRE_FALSE(time_to_angle.ok());
  CHECK(time_to_angle.error().short_code == "SPICE(INCOMPATIBLEUNITS)");

  auto empty = sc::math::convrt(1.0, "", "KM");
  REQUIRE_FALSE(empty.ok());
  CHECK(empty.error().short_code == "SPICE(EMPTYSTRING)");
  CHECK(empty.error().long_msg == "String \"in\" has length zero.");
  auto empty_out = sc::math::convrt(1.0, "KM", "");
  REQUIRE_FALSE(empty_out.ok());
  CHECK(empty_out.error().long_msg == "String \"out\" has length zero.");
}
