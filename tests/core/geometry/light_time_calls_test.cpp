// The light-time building blocks (core/geometry/light_time_calls): CSPICE's spkltc and spkaps
// answers from observers.json, and spkacs/spkapo/ltime/stelab against the spkezr family.
#include <doctest/doctest.h>

#include <array>
#include <string>
#include <vector>

#include "context.hpp"
#include "geometry/light_time_calls.hpp"
#include "geometry/states.hpp"
#include "golden_fixture.hpp"

namespace {

using sc::geometry::TargetLightTime;
using sc_test::Golden;
using sc_test::Json;

std::vector<double> numbers(const Json& j) {
  std::vector<double> out;
  for (const auto& x : j.array()) out.push_back(x.number());
  return out;
}

}  // namespace

TEST_CASE("spkltc and spkaps give CSPICE's answers, with the light-time rate (observers.json)") {
  const Golden g = sc_test::read_golden("observers.json");
  const sc::Context ctx = sc_test::load_context(g);
  const auto stats = sc_test::run_golden(g, [&](const Json& c) -> std::optional<std::string> {
    const std::string& name = c["call"].string();
    if (name != "spkltc" && name != "spkaps") return std::nullopt;
    const auto& a = c["args"];
    const auto stobs = numbers(a[4]);
    const int targ = static_cast<int>(a[0].number());
    auto r = name == "spkltc"
                 ? sc::geometry::spkltc(ctx, targ, a[1].number(), a[2].string(), a[3].string(), stobs)
                 : sc::geometry::spkaps(ctx, targ, a[1].number(), a[2].string(), a[3].string(), stobs, numbers(a[5]));
    return sc_test::expect_result(r, c, [&](const TargetLightTime& got) -> std::string {
      const auto& e = c["expect"];
      if (!sc_test::close_all(got.starg, e["starg"], g) || !g.close(got.lt, e["lt"].number()) ||
          !g.close(got.dlt, e["dlt"].number())) {
        return "got " + sc_test::show(got.starg);
      }
      return "";
    });
  });
  CHECK(stats.run == 123);
  CHECK(stats.passed == stats.run);
}

TEST_CASE("spkacs is spkez with dlt; spkapo with the observer's SSB state is spkezp") {
  const Golden g = sc_test::read_golden("observers.json");
  const sc::Context ctx = sc_test::load_context(g);
  const double et = 478584400.466533;
  auto earth = sc::geometry::spkssb(ctx, 399, et, "J2000");
  REQUIRE(earth.ok());
  for (const char* corr : {"LT", "LT+S", "CN", "CN+S", "XLT", "XLT+S", "XCN", "XCN+S"}) {
    CAPTURE(corr);
    auto acs = sc::geometry::spkacs(ctx, 301, et, "J2000", corr, 399);
    auto ez = sc::geometry::spkez(ctx, 301, et, "J2000", corr, 399);
    REQUIRE(acs.ok());
    REQUIRE(ez.ok());
    CHECK(acs->starg == ez->state);
    CHECK(acs->lt == ez->lt);
    auto apo = sc::geometry::spkapo(ctx, 301, et, "J2000", *earth, corr);
    auto ezp = sc::geometry::spkezp(ctx, 301, et, "J2000", corr, 399);
    REQUIRE(apo.ok());
    REQUIRE(ezp.ok());
    CHECK(apo->ptarg == ezp->pos);
  }
  CHECK(sc::geometry::spkacs(ctx, 301, et, "IAU_EARTH", "LT", 399).error().short_code == "SPICE(BADFRAME)");
  CHECK(sc::geometry::spkacs(ctx, 301, et, "default", "LT", 399).ok());  // IRFNUM's default frame, J2000
  CHECK(sc::geometry::spkapo(ctx, 301, et, "J2000", *earth, "S").error().short_code == "SPICE(SPKINVALIDOPTION)");
}

TEST_CASE("ltime agrees with converged light times and checks its direction") {
  const Golden g = sc_test::read_golden("observers.json");
  const sc::Context ctx = sc_test::load_context(g);
  const double et = 478584400.466533;
  auto back = sc::geometry::ltime(ctx, et, 399, "<-", 10);
  auto cn = sc::geometry::spkezr(ctx, "SUN", et, "J2000", "CN", "EARTH");
  REQUIRE(back.ok());
  REQUIRE(cn.ok());
  CHECK(back->elapsd == doctest::Approx(cn->lt).epsilon(1e-14));
  CHECK(back->ettarg == et - back->elapsd);
  CHECK(sc::geometry::ltime(ctx, et, 399, "=>", 10).error().short_code == "SPICE(BADDIRECTION)");
  CHECK(sc::geometry::ltime(ctx, et, 399, "", 10).error().short_code == "SPICE(EMPTYSTRING)");
  auto same = sc::geometry::ltime(ctx, et, 0, "->", 0);
  REQUIRE(same.ok());
  CHECK(same->elapsd == 0.0);
}
