// The spkezr family (core/geometry): every case of the SPK golden files (CSPICE N0067's answers),
// plus checks of the pieces on synthetic input: aberration-correction parsing, stellar aberration
// (STELAB and the ZZSTELAB offset and rate) and the light-time iteration and its rate.
#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <string>

#include "context.hpp"
#include "geometry/abcorr.hpp"
#include "geometry/speed_of_light.hpp"
#include "geometry/states.hpp"
#include "geometry/stellar_aberration.hpp"
#include "golden_fixture.hpp"
#include "io/host_file_reader.hpp"
#include "math/vector_ops.hpp"
#include "json.hpp"

using sc::math::Vec3;

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

TEST_CASE("aberration correction strings: case, blanks and CSPICE's two parsers") {
  using sc::geometry::parse_abcorr;
  using sc::geometry::parse_position_abcorr;

  auto xcn_s = parse_abcorr(" x cn + s ");
  REQUIRE(xcn_s.ok());
  CHECK(xcn_s->light_time);
  CHECK(xcn_s->converged);
  CHECK(xcn_s->stellar);
  CHECK(xcn_s->transmission);
  CHECK_FALSE(xcn_s->geometric);

  auto none = parse_abcorr("none");
  REQUIRE(none.ok());
  CHECK(none->geometric);
  CHECK_FALSE(none->light_time);

  auto lt = parse_abcorr("Lt");
  REQUIRE(lt.ok());
  CHECK(lt->light_time);
  CHECK_FALSE(lt->converged);
  CHECK_FALSE(lt->stellar);
  CHECK_FALSE(lt->transmission);

  // Only the first five non-blank characters count.
  CHECK(parse_abcorr("XCN+SXYZ").ok());
  CHECK(sc::geometry::abcorr_key("  c n + s  ") == "CN+S");

  for (const char* bad : {"BOGUS", "", "   ", "LT+", "\tLT", "LTS"}) {
    auto r = parse_abcorr(bad);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().short_code == "SPICE(INVALIDOPTION)");
  }
  // Recognised by ZZPRSCOR but refused for states: relativistic and stellar-only corrections.
  for (const char* refused : {"RL", "XRL+S", "S", "XS"}) {
    auto r = parse_abcorr(refused);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().short_code == "SPICE(INVALIDOPTION)");
  }
  // The position path (SPKAPO) has its own code and does not know RL or S at all.
  for (const char* bad : {"BOGUS", "RL", "S"}) {
    auto r = parse_position_abcorr(bad);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().short_code == "SPICE(SPKINVALIDOPTION)");
  }
  CHECK(parse_position_abcorr("xlt+s")->transmission);

  CHECK(sc::geometry::abcorr_is_none(" N o n E "));
  CHECK_FALSE(sc::geometry::abcorr_is_none("NONEX"));
  CHECK_FALSE(sc::geometry::abcorr_is_none("NON"));
  CHECK(sc::geometry::abcorr_starts_with_x("  xcn"));
  CHECK_FALSE(sc::geometry::abcorr_starts_with_x("cn"));
}

TEST_CASE("stelab: rotation towards the observer velocity by asin(|v_perp|/c)") {
  using namespace sc::geometry;
  using namespace sc::math;
  const Vec3 pobj{1.0e8, 0.0, 0.0};
  const Vec3 vobs{0.0, 30.0, 0.0};  // perpendicular: sin(phi) = 30/c
  auto app = stelab(pobj, vobs);
  REQUIRE(app.ok());
  const double phi = std::asin(30.0 / kClight);
  CHECK((*app)[0] == doctest::Approx(1.0e8 * std::cos(phi)).epsilon(1e-15));
  CHECK((*app)[1] == doctest::Approx(1.0e8 * std::sin(phi)).epsilon(1e-14));
  CHECK(vnorm(*app) == doctest::Approx(1.0e8).epsilon(1e-15));
  CHECK((*app)[1] > 0.0);  // shifted towards +y, the direction of motion
  CHECK((*app)[2] == 0.0);

  auto sent = stlabx(pobj, vobs);  // transmission: the opposite shift
  REQUIRE(sent.ok());
  CHECK((*sent)[1] == doctest::Approx(-(*app)[1]).epsilon(1e-15));

  // Motion along the line of sight: no correction at all.
  auto along = stelab(pobj, Vec3{25.0, 0.0, 0.0});
  REQUIRE(along.ok());
  CHECK(*along == pobj);

  auto too_fast = stelab(pobj, Vec3{0.0, 2.0 * kClight, 0.0});
  REQUIRE_FALSE(too_fast.ok());
  CHECK(too_fast.error().short_code == "SPICE(VALUEOUTOFRANGE)");
}

TEST_CASE("stellar aberration offset and rate (ZZSTELAB)") {
  using namespace sc::geometry;
  using namespace sc::math;
  const Vec3 acc{-5.9e-6, 1.1e-6, 3.0e-7};
  const Vec3 vobs{-10.6, -25.8, -11.2};
  const State starg{-1.4e5, 3.56e5, 1.155e5, -0.93, -0.29, -0.11};

  auto sc_now = stellar_correction(false, acc, vobs, starg);
  REQUIRE(sc_now.ok());

  // The offset moves the position where STELAB moves it (two formulations of one rotation).
  auto app = stelab(position_of(starg), vobs);
  REQUIRE(app.ok());
  const Vec3 corrected = vadd(sc_now->dpos, position_of(starg));
  for (int i = 0; i < 3; ++i) CHECK(corrected[i] == doctest::Approx((*app)[i]).epsilon(1e-13));

  // The analytic rate agrees with a central difference of the offset along the linear motion of
  // the observer (velocity + acc*t) and the target (position + velocity*t).
  const double h = 10.0;
  auto offset_at = [&](double t) {
    const Vec3 v = vlcom(1.0, vobs, t, acc);
    const Vec3 p = vlcom(1.0, position_of(starg), t, velocity_of(starg));
    auto s = stellar_correction(false, acc, v, make_state(p, velocity_of(starg)));
    REQUIRE(s.ok());
    return s->dpos;
  };
  const Vec3 numeric = vscl(1.0 / (2.0 * h), vsub(offset_at(h), offset_at(-h)));
  for (int i = 0; i < 3; ++i) {
    CAPTURE(i);
    CHECK(std::fabs(sc_now->dvel[i] - numeric[i]) <= 1e-6 * std::fabs(numeric[i]) + 1e-12);
  }

  // Transmission reverses the observer's motion: the offset flips (to first order).
  auto sent = stellar_correction(true, acc, vobs, starg);
  REQUIRE(sent.ok());
  for (int i = 0; i < 3; ++i) CHECK(sent->dpos[i] == doctest::Approx(-sc_now->dpos[i]).epsilon(1e-3));

  // A slow observer (sin(phi) ~ 1e-7 < 1e-6) takes the numeric branch; its rate must agree with
  // the analytic formula, which is still accurate at this speed.
  const Vec3 slow{0.01, 0.02, -0.015};
  auto numeric_branch = stellar_correction(false, acc, slow, starg);
  REQUIRE(numeric_branch.ok());
  auto offset_slow = [&](double t) {
    auto s = stellar_correction(false, acc, vlcom(1.0, slow, t, acc),
                                make_state(vlcom(1.0, position_of(starg), t, velocity_of(starg)), velocity_of(starg)));
    REQUIRE(s.ok());
    return s->dpos;
  };
  const Vec3 slow_numeric = vscl(1.0 / (2.0 * h), vsub(offset_slow(h), offset_slow(-h)));
  for (int i = 0; i < 3; ++i) {
    CAPTURE(i);
    CHECK(std::fabs(numeric_branch->dvel[i] - slow_numeric[i]) <= 1e-6 * std::fabs(slow_numeric[i]) + 1e-13);
  }

  // An observer at rest relative to the SSB (for example the SSB itself): no offset, and the
  // rate comes from the numeric branch (sin(phi) < 1e-6), driven by the acceleration only.
  auto at_rest = stellar_correction(false, Vec3{0.0, 0.0, 0.0}, Vec3{0.0, 0.0, 0.0}, starg);
  REQUIRE(at_rest.ok());
  CHECK(vzero(at_rest->dpos));
  CHECK(vzero(at_rest->dvel));
}

TEST_CASE("light time: lt is |position|/c, and velocities include d(lt)/dt and the aberration rate") {
  using namespace sc::geometry;
  using namespace sc::math;
  const Golden g = read_golden("spk-planets.json");
  const sc::Context ctx = load_context(g);
  const double et = 478460740.9830138;

  for (const char* corr : {"NONE", "LT", "CN", "XLT", "XCN", "LT+S", "CN+S", "XLT+S", "XCN+S"}) {
    CAPTURE(corr);
    auto s = spkezr(ctx, "MOON", et, "J2000", corr, "EARTH");
    REQUIRE(s.ok());
    const std::string c(corr);
    if (c.find("+S") == std::string::npos) {
      // Without stellar aberration the corrected position is exactly light time away.
      const Vec3 pos{s->state[0], s->state[1], s->state[2]};
      CHECK(vnorm(pos) / kClight == doctest::Approx(s->lt).epsilon(1e-15));
    }
    // The returned velocity is the time derivative of the returned position, checked with a
    // five-point stencil. The step has to be long: the light-time-corrected epoch et -+ lt is
    // rounded to a ulp of et (6e-8 s near 4.8e8 s), which moves the target by up to 1e-6 km, so
    // short differences are noise. At 1000 s the noise is ~1e-9 km/s and the truncation error
    // ~1e-12 km/s, while the terms under test are far larger (v_target * dlt ~ 3e-6 km/s, the
    // stellar aberration rate ~1e-5 km/s).
    const double h = 1000.0;
    std::array<std::array<double, 6>, 4> at{};
    const double offsets[4] = {-2.0 * h, -h, h, 2.0 * h};
    for (int k = 0; k < 4; ++k) {
      auto sk = spkezr(ctx, "MOON", et + offsets[k], "J2000", corr, "EARTH");
      REQUIRE(sk.ok());
      at[static_cast<std::size_t>(k)] = sk->state;
    }
    for (int i = 0; i < 3; ++i) {
      const double numeric = (at[0][i] - 8.0 * at[1][i] + 8.0 * at[2][i] - at[3][i]) / (12.0 * h);
      CHECK_MESSAGE(std::fabs(s->state[3 + i] - numeric) < 1e-8, c << " " << i << " " << s->state[3 + i] - numeric);
    }
  }

  // The positions (spkpos) agree with the states (spkezr) to well below a metre: CN differs in
  // its stopping rule only, stellar aberration in its formulation only.
  for (const char* corr : {"LT", "CN", "XCN+S", "LT+S"}) {
    CAPTURE(corr);
    auto s = spkezr(ctx, "MARS BARYCENTER", et, "ECLIPJ2000", corr, "EARTH");
    auto p = spkpos(ctx, "MARS BARYCENTER", et, "ECLIPJ2000", corr, "EARTH");
    REQUIRE(s.ok());
    REQUIRE(p.ok());
    for (int i = 0; i < 3; ++i) CHECK(std::fabs(p->pos[i] - s->state[i]) < 1e-3);
  }
}

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
