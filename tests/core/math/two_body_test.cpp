// Two-body propagation (core/math/two_body, PROP2B): periods, conservation laws, round trips, and
// PROP2B's short codes.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <vector>

#include "fixtures.hpp"
#include "generated_kernels.hpp"
#include "golden_fixture.hpp"
#include "json.hpp"
#include "math/two_body.hpp"
#include "orbits.hpp"
#include "segment_files.hpp"
#include "spk_golden.hpp"
#include "spk_images.hpp"

namespace {

using sc::spk::State;
using sc_test::kGmEarth;
using sc_test::propagate;

double dot3(const State& a, std::size_t i, const State& b, std::size_t j) {
  return a[i] * b[j] + a[i + 1] * b[j + 1] + a[i + 2] * b[j + 2];
}

double energy(const State& s, double gm) { return dot3(s, 3, s, 3) / 2 - gm / std::sqrt(dot3(s, 0, s, 0)); }

std::array<double, 3> momentum(const State& s) {
  return {s[1] * s[5] - s[2] * s[4], s[2] * s[3] - s[0] * s[5], s[0] * s[4] - s[1] * s[3]};
}

}  // namespace

TEST_CASE("Two-body propagation: periods, conservation laws and round trips") {
  // Circular LEO: after one period the state returns; after a quarter the position turns 90 degrees.
  const double r = 7000.0;
  const double v = std::sqrt(kGmEarth / r);
  const State circular{r, 0, 0, 0, v, 0};
  const double period = 2 * M_PI * std::sqrt(r * r * r / kGmEarth);
  const State full = propagate(kGmEarth, circular, period);
  for (std::size_t i = 0; i < 3; ++i) CHECK(std::fabs(full[i] - circular[i]) < 1e-6);
  const State quarter = propagate(kGmEarth, circular, period / 4);
  CHECK(std::fabs(quarter[0]) < 1e-6);
  CHECK(quarter[1] == doctest::Approx(r).epsilon(1e-12));
  CHECK(quarter[3] == doctest::Approx(-v).epsilon(1e-12));

  // Elliptic (e ~ 0.7), near-parabolic and hyperbolic (cosh/sinh branch) orbits, forwards and
  // backwards, over many periods too.
  const std::vector<State> starts{
      {7000, 0, 0, 0, 8.9, 1.2},         // elliptic
      {7000, 100, 0, 0.1, 10.67, 0.3},   // near escape speed
      {7000, 0, 0, 0, 14.0, 2.0},        // hyperbolic
      {-3000, 5000, 1000, -6.0, -3.0, 1.0},
  };
  for (const State& s0 : starts) {
    for (double dt : {-86400.0 * 3, -3600.0, -1.0, 1e-3, 60.0, 5400.0, 86400.0 * 10}) {
      const State s1 = propagate(kGmEarth, s0, dt);
      CHECK(energy(s1, kGmEarth) == doctest::Approx(energy(s0, kGmEarth)).epsilon(1e-9));
      const auto h0 = momentum(s0);
      const auto h1 = momentum(s1);
      for (std::size_t i = 0; i < 3; ++i) CHECK(h1[i] == doctest::Approx(h0[i]).epsilon(1e-9).scale(1e-3 * std::fabs(h0[1])));
      // Back again: the start, to the precision the conditioning of the orbit allows (timing
      // errors near periapsis grow over many revolutions).
      const State back = propagate(kGmEarth, s1, -dt);
      const double r_scale = std::max(std::sqrt(dot3(s0, 0, s0, 0)), std::sqrt(dot3(s1, 0, s1, 0)));
      const double v_scale = std::sqrt(dot3(s0, 3, s0, 3));
      for (std::size_t i = 0; i < 3; ++i) CHECK(std::fabs(back[i] - s0[i]) <= 1e-9 * r_scale);
      for (std::size_t i = 3; i < 6; ++i) CHECK(std::fabs(back[i] - s0[i]) <= 1e-8 * v_scale);
    }
  }
  // Zero time: the input state, bit for bit (PROP2B copies it).
  const State same = propagate(kGmEarth, starts[0], 0.0);
  CHECK(std::memcmp(same.data(), starts[0].data(), sizeof same) == 0);
  // Small steps agree with the first-order Taylor expansion.
  const State tiny = propagate(kGmEarth, starts[0], 1e-3);
  for (std::size_t i = 0; i < 3; ++i) CHECK(tiny[i] == doctest::Approx(starts[0][i] + 1e-3 * starts[0][i + 3]).epsilon(1e-11));
}

TEST_CASE("Two-body propagation errors carry PROP2B's short codes") {
  const State s{7000, 0, 0, 0, 7.5, 0};
  CHECK(sc::math::propagate_two_body(0.0, s, 10).error().short_code == "SPICE(NONPOSITIVEMASS)");
  CHECK(sc::math::propagate_two_body(-1.0, s, 10).error().short_code == "SPICE(NONPOSITIVEMASS)");
  CHECK(sc::math::propagate_two_body(kGmEarth, State{0, 0, 0, 1, 2, 3}, 10).error().short_code ==
        "SPICE(ZEROPOSITION)");
  CHECK(sc::math::propagate_two_body(kGmEarth, State{7000, 0, 0, 0, 0, 0}, 10).error().short_code ==
        "SPICE(ZEROVELOCITY)");
  CHECK(sc::math::propagate_two_body(kGmEarth, State{7000, 0, 0, 3, 0, 0}, 10).error().short_code ==
        "SPICE(NONCONICMOTION)");
  // Even a zero DT checks the state first, as PROP2B does.
  CHECK(sc::math::propagate_two_body(kGmEarth, State{7000, 0, 0, 3, 0, 0}, 0).error().short_code ==
        "SPICE(NONCONICMOTION)");
  // A hyperbolic orbit cannot be followed for 1.5e308 s without overflow.
  CHECK(sc::math::propagate_two_body(kGmEarth, State{7000, 0, 0, 0, 14.0, 2.0}, 1.5e308).error().short_code ==
        "SPICE(DTOUTOFRANGE)");
}
