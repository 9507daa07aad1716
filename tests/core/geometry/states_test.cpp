// The spkezr family (core/geometry/states): every case of the SPK golden files (CSPICE N0067's
// answers) through the shared golden runner, and the errors in CSPICE's order.
#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <string>

#include "context.hpp"
#include "geometry/states.hpp"
#include "golden_fixture.hpp"
#include "json.hpp"

namespace {

using sc_test::close;
using sc_test::close_all;
using sc_test::expect_result;
using sc_test::Golden;
using sc_test::load_context;
using sc_test::read_golden;
using sc_test::show;

// Runs one golden case; returns "" when it passes, else a description of the mismatch.
std::string run_case(const sc::Context& ctx, const sc_test::Json& c, const Golden& g) {
  namespace geo = sc::geometry;
  const std::string call = c["call"].string();
  const auto& a = c["args"];
  auto compare = [&](const auto& result, auto&& check) { return expect_result(result, c, check); };
  auto check_state = [&](const geo::StateLt& s) -> std::string {
    const auto& e = c["expect"];
    if (close_all(s.state, e["state"], g) && close(s.lt, e["lt"].number(), g)) return "";
    return "state " + show(s.state) + " lt " + std::to_string(s.lt);
  };
  auto check_pos = [&](const geo::PositionLt& p) -> std::string {
    const auto& e = c["expect"];
    if (close_all(p.pos, e["pos"], g) && close(p.lt, e["lt"].number(), g)) return "";
    return "pos " + show(p.pos) + " lt " + std::to_string(p.lt);
  };

  const double et = a[1].number();
  if (call == "spkezr") {
    return compare(geo::spkezr(ctx, a[0].string(), et, a[2].string(), a[3].string(), a[4].string()), check_state);
  }
  if (call == "spkpos") {
    return compare(geo::spkpos(ctx, a[0].string(), et, a[2].string(), a[3].string(), a[4].string()), check_pos);
  }
  const int target = static_cast<int>(a[0].number());
  if (call == "spkez") {
    return compare(geo::spkez(ctx, target, et, a[2].string(), a[3].string(), static_cast<int>(a[4].number())),
                   check_state);
  }
  if (call == "spkezp") {
    return compare(geo::spkezp(ctx, target, et, a[2].string(), a[3].string(), static_cast<int>(a[4].number())),
                   check_pos);
  }
  if (call == "spkgeo") {
    return compare(geo::spkgeo(ctx, target, et, a[2].string(), static_cast<int>(a[3].number())), check_state);
  }
  if (call == "spkgps") {
    return compare(geo::spkgps(ctx, target, et, a[2].string(), static_cast<int>(a[3].number())), check_pos);
  }
  if (call == "spkssb") {
    return compare(geo::spkssb(ctx, target, et, a[2].string()), [&](const std::array<double, 6>& s) -> std::string {
      return close_all(s, c["expect"], g) ? "" : "state " + show(s);
    });
  }
  return "unknown call " + call;
}

void run_golden_file(const std::string& name) {
  const Golden g = read_golden(name);
  const sc::Context ctx = load_context(g);
  const auto stats =
      sc_test::run_golden(g, [&](const sc_test::Json& c) -> std::optional<std::string> { return run_case(ctx, c, g); });
  MESSAGE(name << ": " << stats.passed << "/" << stats.run << " cases pass");
  CHECK(stats.run > 0);
}

}  // namespace

TEST_CASE("spk-planets golden: spkezr/spkpos/spkez/spkezp/spkgeo/spkgps/spkssb, nine corrections") {
  run_golden_file("spk-planets.json");
}

TEST_CASE("spk-big-endian golden: the same states from the BIG-IEEE copy") { run_golden_file("spk-big-endian.json"); }

TEST_CASE("spk-jupiter golden: type 3 satellites through type 2 segments") { run_golden_file("spk-jupiter.json"); }

TEST_CASE("spk-merged golden: abutting segments") { run_golden_file("spk-merged.json"); }

TEST_CASE("spkezr family errors, in CSPICE's order") {
  using namespace sc::geometry;
  using namespace sc::math;
  const Golden g = read_golden("spk-planets.json");
  const sc::Context ctx = load_context(g);
  const double et = 478569667.0;

  auto code = [](const auto& r) { return r.ok() ? std::string("ok") : r.error().short_code; };
  CHECK(code(spkezr(ctx, "", et, "J2000", "LT", "EARTH")) == "SPICE(EMPTYSTRING)");
  CHECK(code(spkezr(ctx, "MOON", et, "", "LT", "EARTH")) == "SPICE(EMPTYSTRING)");
  CHECK(code(spkezr(ctx, "MOON", et, "J2000", "", "EARTH")) == "SPICE(EMPTYSTRING)");
  CHECK(code(spkezr(ctx, "NOT A BODY", et, "NOT_A_FRAME", "BOGUS", "EARTH")) == "SPICE(IDCODENOTFOUND)");
  CHECK(code(spkezr(ctx, "MOON", et, "J2000", "LT", "NOT A BODY")) == "SPICE(IDCODENOTFOUND)");
  CHECK(code(spkezr(ctx, "301", et, "J2000", "LT", "399")) == "ok");
  // spkez parses the correction before it looks at the frame; spkezp the other way round.
  CHECK(code(spkezr(ctx, "MOON", et, "NOT_A_FRAME", "BOGUS", "EARTH")) == "SPICE(INVALIDOPTION)");
  CHECK(code(spkpos(ctx, "MOON", et, "NOT_A_FRAME", "BOGUS", "EARTH")) == "SPICE(UNKNOWNFRAME)");
  CHECK(code(spkpos(ctx, "MOON", et, "J2000", "BOGUS", "EARTH")) == "SPICE(SPKINVALIDOPTION)");
  // IAU_EARTH is a built-in frame; with no PCK loaded its orientation data are what is missing.
  CHECK(code(spkezr(ctx, "MOON", et, "IAU_EARTH", "LT+S", "EARTH")) == "SPICE(FRAMEDATANOTFOUND)");
  CHECK(code(spkezr(ctx, "MOON", et, "  ", "NONE", "EARTH")) == "SPICE(UNKNOWNFRAME)");
  CHECK(code(spkezr(ctx, "MOON", et, "j2000", " lt + s ", "EARTH")) == "ok");
  CHECK(code(spkezr(ctx, "MOON", 0.0, "J2000", "CN+S", "EARTH")) == "SPICE(SPKINSUFFDATA)");
  CHECK(code(spkssb(ctx, 399, et, "NOT_A_FRAME")) == "SPICE(UNKNOWNFRAME)");
  CHECK(code(spkgps(ctx, 399, et, "B1950", 10)) == "ok");

  auto unknown = spkezr(ctx, "MOON", et, "NOT_A_FRAME", "NONE", "EARTH");
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().long_msg.find("NOT_A_FRAME") != std::string::npos);
}
