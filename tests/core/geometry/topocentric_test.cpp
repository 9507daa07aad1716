// Azimuth/elevation from a fixed observer (core/geometry/topocentric): CSPICE's azlcpo answers
// from observers.json, the pole cases, and the topocentric frame's axes.
#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <string>
#include <variant>
#include <vector>

#include "context.hpp"
#include "geometry/topocentric.hpp"
#include "golden_fixture.hpp"
#include "math/angles.hpp"

namespace {

using sc::geometry::AzElState;
using sc_test::Golden;
using sc_test::Json;

bool flag(const Json& j) { return std::get<bool>(j.v); }

}  // namespace

TEST_CASE("azlcpo gives CSPICE's answers (observers.json)") {
  const Golden g = sc_test::read_golden("observers.json");
  const sc::Context ctx = sc_test::load_context(g);
  const auto stats = sc_test::run_golden(g, [&](const Json& c) -> std::optional<std::string> {
    if (c["call"].string() != "azlcpo") return std::nullopt;
    const auto& a = c["args"];
    const std::array<double, 3> obspos{a[6][0].number(), a[6][1].number(), a[6][2].number()};
    auto r = sc::geometry::azlcpo(ctx, a[0].string(), a[1].string(), a[2].number(), a[3].string(), flag(a[4]),
                                  flag(a[5]), obspos, a[7].string(), a[8].string());
    return sc_test::expect_result(r, c, [&](const AzElState& got) -> std::string {
      if (!sc_test::close_all(got.azlsta, c["expect"]["azlsta"], g) || !g.close(got.lt, c["expect"]["lt"].number())) {
        return "got " + sc_test::show(got.azlsta);
      }
      return "";
    });
  });
  CHECK(stats.run == 52);
  CHECK(stats.passed == stats.run);
}

TEST_CASE("an observer on the body's z-axis uses the body-fixed frame, turned over below the equator") {
  const Golden g = sc_test::read_golden("observers.json");
  const sc::Context ctx = sc_test::load_context(g);
  const double et = 478732243.0577472;
  for (const double z : {6356.7519, -6356.7519}) {
    const std::array<double, 3> pole{0.0, 0.0, z};
    auto r = sc::geometry::azlcpo(ctx, "ELLIPSOID", "SUN", et, "NONE", true, true, pole, "EARTH", "IAU_EARTH");
    REQUIRE(r.ok());
    // The Sun's declination (about -7 degrees in March 2015) is its elevation at the north pole.
    const double declination_deg = (z > 0 ? 1.0 : -1.0) * r->azlsta[2] * sc::math::kDegreesPerRadian;
    CHECK(declination_deg == doctest::Approx(-7.0).epsilon(0.1));
  }
  // Off the axis by a hair, north is undefined: NEARPT puts the surface point on the axis.
  const std::array<double, 3> near_pole{3.918620688669326e-13, 0.0, 6356.7519};
  auto r = sc::geometry::azlcpo(ctx, "ELLIPSOID", "MOON", et, "LT+S", false, true, near_pole, "EARTH", "IAU_EARTH");
  CHECK(r.error().short_code == "SPICE(DEPENDENTVECTORS)");
}

TEST_CASE("azlcpo's checks come in CSPICE's order") {
  const Golden g = sc_test::read_golden("observers.json");
  const sc::Context ctx = sc_test::load_context(g);
  const std::array<double, 3> p{-2353.575016264875, -4641.358049071837, 3677.06138920926};
  const auto code = [&](std::string_view method, std::string_view abcorr, std::string_view obsctr,
                        std::string_view obsref) {
    auto r = sc::geometry::azlcpo(ctx, method, "MOON", 478732243.0, abcorr, false, true, p, obsctr, obsref);
    return r ? std::string("ok") : r.error().short_code;
  };
  CHECK(code("", "X", "X", "X") == "SPICE(EMPTYSTRING)");
  CHECK(code("X", "X", "NOBODY", "X") == "SPICE(IDCODENOTFOUND)");
  CHECK(code("X", "X", "EARTH", "NOFRAME") == "SPICE(UNKNOWNFRAME)");
  CHECK(code("X", "X", "EARTH", "IAU_MARS") == "SPICE(INVALIDFRAME)");
  CHECK(code("X", "X", "EARTH", "IAU_EARTH") == "SPICE(INVALIDMETHOD)");
  CHECK(code(" ellipsoid", "X", "EARTH", "IAU_EARTH") == "SPICE(INVALIDOPTION)");
  CHECK(code(" ellipsoid", "lt", "EARTH", "IAU_EARTH") == "ok");
  CHECK(code("ELLIPSOID", "LT", "MARS", "IAU_MARS") == "SPICE(SPKINSUFFDATA)");
}
