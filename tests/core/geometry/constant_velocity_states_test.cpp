// Fixed and constant-velocity observers and targets (core/geometry/constant_velocity_states and
// the fixed_observer/fixed_target paths under it): CSPICE's spkcpo, spkcpt, spkcvo and spkcvt
// answers from observers.json, and the properties the golden file does not pin down.
#include <doctest/doctest.h>

#include <array>
#include <span>
#include <string>
#include <vector>

#include "context.hpp"
#include "geometry/constant_velocity_states.hpp"
#include "geometry/states.hpp"
#include "golden_fixture.hpp"

namespace {

using sc::geometry::StateLt;
using sc_test::Golden;
using sc_test::Json;

std::vector<double> numbers(const Json& j) {
  std::vector<double> out;
  for (const auto& x : j.array()) out.push_back(x.number());
  return out;
}

// CSPICE answered this case after its harness had unloaded the SPK (see
// tests/contract/observers.test.mjs); it is checked below in a context without one.
constexpr const char* kNoSpkCase = "err-spkcpo-no-coverage";

sc::Result<StateLt> call(const sc::Context& ctx, const Json& c) {
  const std::string& call = c["call"].string();
  const auto& a = c["args"];
  const auto s = [&](std::size_t i) -> std::string_view { return a[i].string(); };
  const auto d = [&](std::size_t i) { return a[i].number(); };
  std::vector<double> v;
  if (call == "spkcpo") {
    v = numbers(a[5]);
    return sc::geometry::spkcpo(ctx, s(0), d(1), s(2), s(3), s(4), v, s(6), s(7));
  }
  if (call == "spkcvo") {
    v = numbers(a[5]);
    return sc::geometry::spkcvo(ctx, s(0), d(1), s(2), s(3), s(4), v, d(6), s(7), s(8));
  }
  v = numbers(a[0]);
  if (call == "spkcpt") return sc::geometry::spkcpt(ctx, v, s(1), s(2), d(3), s(4), s(5), s(6), s(7));
  return sc::geometry::spkcvt(ctx, v, d(1), s(2), s(3), d(4), s(5), s(6), s(7), s(8));
}

}  // namespace

TEST_CASE("spkcpo, spkcpt, spkcvo and spkcvt give CSPICE's answers (observers.json)") {
  const Golden g = sc_test::read_golden("observers.json");
  const sc::Context ctx = sc_test::load_context(g);
  sc_test::GoldenStats stats;
  stats = sc_test::run_golden(g, [&](const Json& c) -> std::optional<std::string> {
    const std::string& name = c["call"].string();
    if (name != "spkcpo" && name != "spkcpt" && name != "spkcvo" && name != "spkcvt") return std::nullopt;
    if (c["id"].string() == kNoSpkCase) return std::nullopt;
    return sc_test::expect_result(call(ctx, c), c, [&](const StateLt& got) -> std::string {
      if (!sc_test::close_all(got.state, c["expect"]["state"], g) || !g.close(got.lt, c["expect"]["lt"].number())) {
        return "got " + sc_test::show(got.state) + " lt " + std::to_string(got.lt);
      }
      return "";
    });
  });
  CHECK(stats.run == 372);
  CHECK(stats.passed == stats.run);
}

TEST_CASE("with no SPK loaded the ephemeris look-up fails with NOLOADEDFILES (SPKSFS), as CSPICE answered") {
  sc::Context ctx(sc::io::map_host_file);
  for (const char* k : {"lsk/naif0012.tls", "pck/pck00010.tpc"}) REQUIRE(ctx.kernels().furnsh(sc_test::kFixturesDir + "/kernels/" + k).ok());
  const std::array<double, 3> station{-2353.575016264875, -4641.358049071837, 3677.06138920926};
  auto r = sc::geometry::spkcpo(ctx, "MOON", 0.0, "J2000", "OBSERVER", "NONE", station, "EARTH", "IAU_EARTH");
  CHECK(r.error().short_code == "SPICE(NOLOADEDFILES)");
}

TEST_CASE("checks come in CSPICE's order") {
  const Golden g = sc_test::read_golden("observers.json");
  const sc::Context ctx = sc_test::load_context(g);
  const std::array<double, 3> p{6378.0, 0.0, 0.0};
  const double et = 478732243.0;
  const auto code = [&](std::string_view target, std::string_view outref, std::string_view refloc,
                        std::string_view abcorr, std::string_view obsctr, std::string_view obsref) {
    auto r = sc::geometry::spkcpo(ctx, target, et, outref, refloc, abcorr, p, obsctr, obsref);
    return r ? std::string("ok") : r.error().short_code;
  };
  CHECK(code("", "J2000", "X", "X", "X", "X") == "SPICE(EMPTYSTRING)");
  CHECK(code("X", "X", "X", "BOGUS", "X", "IAU_EARTH") == "SPICE(INVALIDOPTION)");
  CHECK(code("X", "X", "X", "LT", "NOBODY", "IAU_EARTH") == "SPICE(IDCODENOTFOUND)");
  CHECK(code("NOBODY", "X", "X", "LT", "EARTH", "IAU_EARTH") == "SPICE(IDCODENOTFOUND)");
  CHECK(code("MOON", "X", "X", "LT", "EARTH", "IAU_EARTH") == "SPICE(UNKNOWNFRAME)");
  CHECK(code("MOON", "J2000", "X", "LT", "EARTH", "IAU_EARTH") == "SPICE(NOTSUPPORTED)");
  CHECK(code("MOON", "J2000", " center ", "lt", "earth", "NOFRAME") == "SPICE(UNKNOWNFRAME)");
  CHECK(code("MOON", "J2000", " center ", "lt", "earth", "iau_earth") == "ok");
}

TEST_CASE("a constant-velocity observer is its state moved along its velocity; spkcpo is spkcvo at rest") {
  const Golden g = sc_test::read_golden("observers.json");
  const sc::Context ctx = sc_test::load_context(g);
  const double et = 478732243.0577472;
  const std::array<double, 6> moving{42164.0, 0.0, 0.0, 0.0, 3.07, 0.0};
  const double epoch = et - 600.0;
  auto cvo = sc::geometry::spkcvo(ctx, "MOON", et, "J2000", "TARGET", "CN", moving, epoch, "EARTH", "J2000");
  const std::array<double, 3> there{42164.0, 3.07 * 600.0, 0.0};
  auto cpo = sc::geometry::spkcpo(ctx, "MOON", et, "J2000", "TARGET", "CN", there, "EARTH", "J2000");
  REQUIRE(cvo.ok());
  REQUIRE(cpo.ok());
  // Light time depends on the observer's position only: the same position. The velocity differs by
  // the observer's own velocity, and by the target's velocity times the change in d(lt)/dt (the
  // range rate changes by ~3 km/s, so dlt by ~1e-5, times the Moon's ~30 km/s SSB velocity).
  for (int i = 0; i < 3; ++i) CHECK(cvo->state[i] == doctest::Approx(cpo->state[i]).epsilon(1e-15));
  CHECK(cvo->state[4] - cpo->state[4] == doctest::Approx(-3.07).epsilon(1e-3));
}
