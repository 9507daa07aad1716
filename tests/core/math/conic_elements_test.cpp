// Conic elements (core/math/conic_elements: OSCELT, OSCLTX, CONICS) and PROP2B against CSPICE's
// answers in astro.json (all of them), then the relations between the calls: round trips through
// CONICS, OSCLTX extending OSCELT, the semi-major axis and period from rp and ecc.
#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <span>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "golden_fixture.hpp"
#include "math/conic_elements.hpp"
#include "math/two_body.hpp"

namespace {

using sc::math::ConicElements;
using sc::math::State;
using sc_test::error_code;
using sc_test::ok;

template <std::size_t N>
std::array<double, N> numbers(const sc_test::Json& list) {
  std::array<double, N> out{};
  REQUIRE(list.array().size() == N);
  for (std::size_t i = 0; i < N; ++i) out[i] = list[i].number();
  return out;
}

// One astro.json case: what is wrong, or "" when it passes.
std::string run_case(const sc_test::Json& c, const sc_test::Golden& g, sc_test::GoldenStats& stats) {
  const std::string& call = c["call"].string();
  const auto& args = c["args"];
  auto compare = [&](std::span<const double> got) -> std::string {
    const auto& want = c["expect"].array();
    if (want.size() > got.size()) return "too few numbers";
    sc_test::check_numbers(got.first(want.size()), want, g, stats, c["id"].string());
    return "";
  };
  if (call == "oscelt") {
    return sc_test::expect_result(sc::math::oscelt(numbers<6>(args[0]), args[1].number(), args[2].number()), c,
                                  [&](const ConicElements& e) { return compare(e); });
  }
  if (call == "oscltx") {
    return sc_test::expect_result(
        sc::math::oscltx(numbers<6>(args[0]), args[1].number(), args[2].number()), c,
        [&](const sc::math::ExtendedConicElements& e) -> std::string {
          // astro.json records 11 of the 20; CSPICE sets the 9 reserved ones to 0.
          for (std::size_t i = 11; i < e.size(); ++i) {
            if (e[i] != 0.0) return "reserved element " + std::to_string(i) + " is not 0";
          }
          return compare(e);
        });
  }
  if (call == "conics") {
    return sc_test::expect_result(sc::math::conics(numbers<8>(args[0]), args[1].number()), c,
                                  [&](const State& s) { return compare(s); });
  }
  if (call == "prop2b") {
    return sc_test::expect_result(
        sc::math::propagate_two_body(args[0].number(), numbers<6>(args[1]), args[2].number()), c,
        [&](const State& s) { return compare(s); });
  }
  return "unknown call " + call;
}

double norm3(const State& s, std::size_t at) { return std::hypot(s[at], s[at + 1], s[at + 2]); }

}  // namespace

TEST_CASE("oscelt, oscltx, conics and prop2b give CSPICE's answers (astro.json, every case)") {
  const sc_test::Golden g = sc_test::read_golden("astro.json");
  sc_test::GoldenStats numbers_stats;  // the number-by-number comparisons
  const sc_test::GoldenStats stats = sc_test::run_golden(
      g, [&](const sc_test::Json& c) -> std::optional<std::string> { return run_case(c, g, numbers_stats); });
  MESSAGE("astro.json: " << stats.passed << " of " << stats.run << " cases pass; " << numbers_stats.bit_identical
                         << " of " << numbers_stats.compared << " answers bit-identical to CSPICE; max relative "
                         << "difference " << numbers_stats.max_relative << ", max "
                         << numbers_stats.max_tolerance_ratio << " of the tolerance");
  CHECK(stats.run == 370);
  CHECK(stats.passed == stats.run);
}

TEST_CASE("conics inverts oscelt; oscltx extends it with nu, a and the period") {
  constexpr double kGm = 398600.4355070226;
  const std::vector<State> states{
      {7000, 0, 0, 0, 7.546053230540193, 0},     // circular, equatorial
      {7000, 0, 0, 0, 6.0, 4.0},                 // circular speed, inclined
      {6800, 1200, -300, -1.1, 8.4, 2.2},        // elliptic
      {-42164, 100, 20, -0.01, -3.07, 0.05},     // near-geostationary
      {7000, 0, 0, 0, 10.672, 0.1},              // near-parabolic
      {7000, 500, 0, 0.3, 13.0, 4.0},            // hyperbolic
      {7000, 0, 0, 0, -7.546053230540193, 0},    // retrograde equatorial (inc = pi)
  };
  const double et = 4.8e8;
  for (const State& s : states) {
    INFO("state " << sc_test::show(s));
    const ConicElements e = ok(sc::math::oscelt(s, et, kGm));
    CHECK(e[6] == et);
    CHECK(e[7] == kGm);
    CHECK(e[1] >= 0.0);
    CHECK(e[2] >= 0.0);
    CHECK(e[2] <= M_PI);
    const State back = ok(sc::math::conics(e, et));
    for (std::size_t i = 0; i < 6; ++i) {
      CHECK(back[i] == doctest::Approx(s[i]).epsilon(1e-9).scale(norm3(s, i < 3 ? 0 : 3)));
    }
    // Later epochs: conics equals prop2b of the state.
    for (double dt : {-86400.0, 600.0, 1e5}) {
      const State want = ok(sc::math::propagate_two_body(kGm, s, dt));
      const State got = ok(sc::math::conics(e, et + dt));
      for (std::size_t i = 0; i < 6; ++i) {
        CHECK(got[i] == doctest::Approx(want[i]).epsilon(1e-8).scale(norm3(want, i < 3 ? 0 : 3)));
      }
    }
    const auto x = ok(sc::math::oscltx(s, et, kGm));
    for (std::size_t i = 0; i < 8; ++i) CHECK(x[i] == e[i]);
    for (std::size_t i = 11; i < x.size(); ++i) CHECK(x[i] == 0.0);
    CHECK(x[8] >= 0.0);
    CHECK(x[8] < 2 * M_PI);
    if (e[1] != 1.0) CHECK(x[9] == doctest::Approx(e[0] / (1.0 - e[1])).epsilon(1e-10));
    if (e[1] < 1.0) {
      CHECK(x[10] == doctest::Approx(2 * M_PI * std::sqrt(x[9] * x[9] * x[9] / kGm)).epsilon(1e-12));
    } else {
      CHECK(x[10] == 0.0);
    }
  }
}

TEST_CASE("The elements' special cases and CSPICE's short codes") {
  constexpr double kGm = 398600.4355070226;
  const State circular{7000, 0, 0, 0, std::sqrt(kGm / 7000), 0};
  const ConicElements e = ok(sc::math::oscelt(circular, 0.0, kGm));
  CHECK(e[1] < 1e-15);
  CHECK(e[2] == 0.0);  // within 1e-10 of 0: exact, and the node is the x axis
  CHECK(e[3] == 0.0);

  // A parabola: an eccentricity within 1e-10 of 1 is 1; then oscltx has neither a nor a period.
  const State parabolic{7000, 0, 0, 0, std::sqrt(2 * kGm / 7000), 0};
  const auto px = ok(sc::math::oscltx(parabolic, 0.0, kGm));
  CHECK(px[1] == 1.0);
  CHECK(px[9] == 0.0);
  CHECK(px[10] == 0.0);
  const State pback = ok(sc::math::conics({px[0], px[1], px[2], px[3], px[4], px[5], px[6], px[7]}, 3600.0));
  CHECK(pback == ok(sc::math::propagate_two_body(kGm, parabolic, 3600.0)));

  CHECK(error_code(sc::math::oscelt(circular, 0.0, 0.0)) == "SPICE(NONPOSITIVEMASS)");
  CHECK(error_code(sc::math::oscelt({0, 0, 0, 1, 2, 3}, 0.0, kGm)) == "SPICE(DEGENERATECASE)");
  CHECK(error_code(sc::math::oscelt({7000, 0, 0, 0, 0, 0}, 0.0, kGm)) == "SPICE(DEGENERATECASE)");
  CHECK(error_code(sc::math::oscelt({7000, 0, 0, 3, 0, 0}, 0.0, kGm)) == "SPICE(DEGENERATECASE)");
  CHECK(error_code(sc::math::oscltx({7000, 0, 0, 3, 0, 0}, 0.0, kGm)) == "SPICE(DEGENERATECASE)");
  CHECK(error_code(sc::math::conics({7000, -0.1, 0, 0, 0, 0, 0, kGm}, 0.0)) == "SPICE(BADECCENTRICITY)");
  CHECK(error_code(sc::math::conics({0, 0.5, 0, 0, 0, 0, 0, kGm}, 0.0)) == "SPICE(BADPERIAPSEVALUE)");
  CHECK(error_code(sc::math::conics({7000, 0.5, 0, 0, 0, 0, 0, 0}, 0.0)) == "SPICE(BADGM)");
  // The checks come in CONICS's order: the eccentricity first.
  CHECK(error_code(sc::math::conics({0, -1, 0, 0, 0, 0, 0, 0}, 0.0)) == "SPICE(BADECCENTRICITY)");
}
