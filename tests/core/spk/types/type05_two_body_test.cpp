// SPK type 5 (two-body propagation between discrete states), core/spk/types/type05_two_body: every case of
// spk-type5.json against CSPICE N0067, the stored states at their epochs, one state alone outside, blends
// in between, and the bracketing pair found through the directory.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#include "fixtures.hpp"
#include "generated_kernels.hpp"
#include "golden_fixture.hpp"
#include "json.hpp"
#include "orbits.hpp"
#include "segment_files.hpp"
#include "spk/segment_evaluation.hpp"
#include "spk_golden.hpp"
#include "spk_images.hpp"

namespace {

using sc_test::open_fixture;
using sc_test::open_spk;
using sc_test::word;
using sc_test::words;
using sc::spk::Segment;
using sc::spk::State;
using sc_test::kGmEarth;
using sc_test::propagate;

}  // namespace

TEST_CASE("Golden geometric states: SPK type 5") { sc_test::check_spk_type_golden("spk-type5.json"); }

TEST_CASE("Type 5: the stored states at their epochs, one state alone outside, blends in between") {
  const auto file = open_fixture("spk/example1spk_seg5.bsp");
  const Segment seg = sc_test::spk_segments(*file)[0];
  const auto n = static_cast<long long>(word(*file, seg.end));
  REQUIRE(n == 2);
  const auto states = words(*file, seg.begin, 12);
  const auto epochs = words(*file, seg.begin + 12, 2);
  const double gm = word(*file, seg.end - 1);
  // At the first epoch PROP2B propagates by zero: the stored state exactly.
  auto first = sc::spk::evaluate_segment(*file, seg, epochs[0]);
  REQUIRE(first.ok());
  CHECK(std::equal(first->begin(), first->end(), states.begin()));
  // At the second epoch the weight of the first state is 0: the stored position exactly.
  auto second = sc::spk::evaluate_segment(*file, seg, epochs[1]);
  REQUIRE(second.ok());
  CHECK(std::equal(second->begin(), second->begin() + 3, states.begin() + 6));
  // Past the last epoch (evaluated directly; the segment's coverage ends there) the last state is
  // propagated alone.
  auto beyond = sc::spk::evaluate_segment(*file, seg, epochs[1] + 100.0);
  REQUIRE(beyond.ok());
  State s2{};
  std::copy(states.begin() + 6, states.end(), s2.begin());
  const State alone = propagate(gm, s2, (epochs[1] + 100.0) - epochs[1]);
  CHECK(std::memcmp(beyond->data(), alone.data(), sizeof(State)) == 0);
  // In between: a blend of the two propagated states, closer to the nearer one.
  const double mid = (epochs[0] + epochs[1]) / 2;
  auto blend = sc::spk::evaluate_segment(*file, seg, mid);
  REQUIRE(blend.ok());
  State s1{};
  std::copy(states.begin(), states.begin() + 6, s1.begin());
  const State p1 = propagate(gm, s1, mid - epochs[0]);
  const State p2 = propagate(gm, s2, mid - epochs[1]);
  for (std::size_t i = 0; i < 3; ++i) CHECK((*blend)[i] == doctest::Approx((p1[i] + p2[i]) / 2).epsilon(1e-15));
}

TEST_CASE("Type 5 with a directory: the bracketing pair found through it matches a linear scan") {
  // 250 states on a circular orbit, unequally spaced, so that each pair blends two exact states.
  const double r = 42164.0, v = std::sqrt(kGmEarth / r);
  const State s0{r, 0, 0, 0, v, 0};
  std::vector<double> epochs, states;
  double t = 0;
  for (int k = 0; k < 250; ++k) {
    epochs.push_back(t);
    const State s = k == 0 ? s0 : propagate(kGmEarth, s0, t);
    states.insert(states.end(), s.begin(), s.end());
    t += 600.0 + 37.0 * (k % 5);
  }
  std::vector<double> data = states;
  sc_test::append(data, epochs);
  sc_test::append(data, sc_test::directory(epochs, 2));
  sc_test::append(data, {kGmEarth, 250.0});
  const auto file = open_spk(sc_test::make_spk({{5, epochs.front(), epochs.back(), data, 1000, 399}}), "type5.bsp");
  const Segment seg = sc_test::spk_segments(*file)[0];
  for (double et : {epochs[0], epochs[99], epochs[99] + 1, epochs[100], epochs[199] - 1, epochs[200], epochs[249],
                    (epochs[150] + epochs[151]) / 2}) {
    auto got = sc::spk::evaluate_segment(*file, seg, et);
    REQUIRE(got.ok());
    const State expect = propagate(kGmEarth, s0, et);
    for (std::size_t i = 0; i < 3; ++i) CHECK((*got)[i] == doctest::Approx(expect[i]).epsilon(1e-9));
  }
}
