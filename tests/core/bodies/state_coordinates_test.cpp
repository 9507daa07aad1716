// XFMSTA (core/bodies/state_coordinates): positions equal the conversion routines' answers,
// velocities equal the Jacobians times the velocity (bit for bit: the same operations), every
// system round-trips, and the z-axis and error cases follow CSPICE.
#include <doctest/doctest.h>

#include <array>
#include <string>
#include <vector>

#include "bodies/planetographic.hpp"
#include "bodies/state_coordinates.hpp"
#include "math/coordinates/cylindrical.hpp"
#include "math/coordinates/spherical.hpp"
#include "math/geodetic.hpp"
#include "math/latitudinal.hpp"
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

// Mars and Earth radii and rates as pck00010 gives them.
Pool planets() {
  Pool pool;
  put_numbers(pool, "BODY499_RADII", {3396.19, 3396.19, 3376.20});
  put_numbers(pool, "BODY499_PM", {176.63, 350.89198226, 0.0});
  put_numbers(pool, "BODY399_RADII", {6378.1366, 6378.1366, 6356.7519});
  put_numbers(pool, "BODY599_RADII", {71492.0, 71492.0, 66854.0});
  put_numbers(pool, "BODY699_RADII", {60268.0, 60268.0, 54364.0});
  put_numbers(pool, "BODY699_PM", {38.90, 810.7939024, 0.0});
  put_numbers(pool, "BODY301_RADII", {1737.4, 1737.4, 1737.4});
  put_numbers(pool, "BODY401_RADII", {13.0, 11.4, 9.1});
  return pool;
}

math::State xfm(const Pool& pool, const math::State& s, std::string_view from, std::string_view to,
                std::string_view body = "MARS") {
  auto r = bodies::xfmsta(pool, BodyNames{}, s, from, to, body);
  REQUIRE_MESSAGE(r.ok(), r.error().short_code);
  return *r;
}

const math::State kState{-1500.25, 2600.5, 1200.75, -1.5, 0.25, 2.125};

}  // namespace

TEST_CASE("rectangular to each system: the conversion routine's position and the Jacobian times the velocity") {
  const Pool pool = planets();
  const BodyNames names;
  const math::Vec3 p{kState[0], kState[1], kState[2]};
  const math::Vec3 v{kState[3], kState[4], kState[5]};
  auto expect = [&](std::string_view sys, const math::Vec3& coords, const math::Mat3& j) {
    const math::State got = xfm(pool, kState, "RECTANGULAR", sys);
    const math::Vec3 rates = math::mxv(j, v);
    CHECK(got == math::State{coords[0], coords[1], coords[2], rates[0], rates[1], rates[2]});
  };
  const math::Cylindrical c = math::reccyl(p);
  expect("CYLINDRICAL", {c.r, c.clon, c.z}, *math::dcyldr(p[0], p[1], p[2]));
  const math::Latitudinal l = math::reclat(p);  // SPICELIB's RECLAT (unscaled longitude)
  expect("LATITUDINAL", {l.radius, l.lon, l.lat}, *math::dlatdr(p[0], p[1], p[2]));
  const math::Spherical s = math::recsph(p);
  expect("SPHERICAL", {s.radius, s.colat, s.lon}, *math::dsphdr(p[0], p[1], p[2]));
  const double re = 3396.19;
  const double f = (3396.19 - 3376.20) / 3396.19;
  const math::Geodetic g = *math::recgeo(p, re, f);
  expect("GEODETIC", {g.lon, g.lat, g.alt}, *math::dgeodr(p[0], p[1], p[2], re, f));
  const math::Geodetic pg = *bodies::recpgr(pool, names, "MARS", p, re, f);
  expect("PLANETOGRAPHIC", {pg.lon, pg.lat, pg.alt}, *bodies::dpgrdr(pool, names, "MARS", p[0], p[1], p[2], re, f));
}

TEST_CASE("every pair of systems round-trips; names are case- and blank-insensitive") {
  const Pool pool = planets();
  const std::array<std::string_view, 6> systems = {"RECTANGULAR", "CYLINDRICAL", "LATITUDINAL",
                                                   "SPHERICAL",   "GEODETIC",    "PLANETOGRAPHIC"};
  for (std::string_view body : {"MARS", "EARTH", "SATURN"}) {
    for (std::string_view a : systems) {
      const math::State in = xfm(pool, kState, "RECTANGULAR", a, body);
      for (std::string_view b : systems) {
        const math::State there = xfm(pool, in, a, b, body);
        const math::State back = xfm(pool, there, b, a, body);
        for (std::size_t i = 0; i < 6; ++i) {
          CHECK_MESSAGE(back[i] == doctest::Approx(in[i]).scale(1.0).epsilon(1e-9), body, " ", a, " -> ", b, " [", i, "]");
        }
      }
    }
  }
  CHECK(xfm(pool, kState, " rectangular", "Planeto Graphic") == xfm(pool, kState, "RECTANGULAR", "PLANETOGRAPHIC"));
  CHECK(xfm(pool, kState, "SPHERICAL", "spherical") == kState);  // same system: unchanged, no checks
}

TEST_CASE("on the z-axis: the z rate goes to z/altitude or to the radius, as is; a sideways velocity is refused") {
  const Pool pool = planets();
  const math::State up{0.0, 0.0, -5000.0, 0.0, 0.0, 3.0};
  const math::State cyl = xfm(pool, up, "RECTANGULAR", "CYLINDRICAL");
  CHECK(cyl == math::State{0.0, 0.0, -5000.0, 0.0, 0.0, 3.0});
  const math::State lat = xfm(pool, up, "RECTANGULAR", "LATITUDINAL");
  CHECK(lat[3] == 3.0);  // CSPICE keeps the sign even though the radius shrinks here
  CHECK((lat[4] == 0.0 && lat[5] == 0.0));
  const math::State sph = xfm(pool, up, "RECTANGULAR", "SPHERICAL");
  CHECK(sph[3] == 3.0);
  const math::State geo = xfm(pool, up, "RECTANGULAR", "GEODETIC");
  CHECK((geo[3] == 0.0 && geo[4] == 0.0 && geo[5] == 3.0));
  auto sideways = bodies::xfmsta(pool, BodyNames{}, math::State{0.0, 0.0, 1.0, 0.1, 0.0, 0.0}, "RECTANGULAR",
                                 "SPHERICAL", "MARS");
  CHECK(sideways.error().short_code == "SPICE(INVALIDSTATE)");
}

TEST_CASE("xfmsta's errors in CSPICE's order") {
  const Pool pool = planets();
  auto code = [&](std::string_view from, std::string_view to, std::string_view body, const Pool& p) {
    return bodies::xfmsta(p, BodyNames{}, kState, from, to, body).error().short_code;
  };
  CHECK(code("", "GEODETIC", "MARS", pool) == "SPICE(EMPTYSTRING)");
  CHECK(code("RECTANGULAR", "", "MARS", pool) == "SPICE(EMPTYSTRING)");
  CHECK(code("RECTANGULAR", "SPHERICAL", "", pool) == "SPICE(EMPTYSTRING)");
  CHECK(code("POLAR", "CARTESIAN", "MARS", pool) == "SPICE(COORDSYSNOTREC)");
  CHECK(code("RECTANGULAR", "CARTESIAN", "MARS", pool) == "SPICE(COORDSYSNOTREC)");
  CHECK(code("RECTANGULAR", "GEODETIC", "NOT A BODY", pool) == "SPICE(IDCODENOTFOUND)");
  CHECK(code("RECTANGULAR", "GEODETIC", "VENUS", pool) == "SPICE(KERNELVARNOTFOUND)");
  CHECK(code("RECTANGULAR", "GEODETIC", "PHOBOS", pool) == "SPICE(NOTSUPPORTED)");
  CHECK(code("RECTANGULAR", "PLANETOGRAPHIC", "JUPITER", pool) == "SPICE(MISSINGDATA)");
  Pool bad = planets();
  put_numbers(bad, "BODY499_RADII", {3396.19, 3396.19});
  CHECK(code("GEODETIC", "RECTANGULAR", "MARS", bad) == "SPICE(INVALIDCOUNT)");
  put_numbers(bad, "BODY499_RADII", {3396.19, 3396.19, 0.0});
  CHECK(code("GEODETIC", "RECTANGULAR", "MARS", bad) == "SPICE(BADAXISLENGTH)");
  // Not spheroidal: the body is not looked up.
  CHECK(bodies::xfmsta(pool, BodyNames{}, kState, "RECTANGULAR", "SPHERICAL", "NOT A BODY").ok());
  const math::State huge{1.0, 1.0, 1.0, 1e307, 0.0, 0.0};
  CHECK(bodies::xfmsta(pool, BodyNames{}, huge, "RECTANGULAR", "SPHERICAL", "MARS").error().short_code ==
        "SPICE(NUMERICOVERFLOW)");
}
