// The GF root finder (ZZGFSOLVX) on sin(t), whose crossings are known in closed form.
#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "gf/solver.hpp"
#include "math/trig.hpp"

using sc::gf::FlatWindow;
using sc::gf::SearchControl;
using sc::gf::SearchProgress;

namespace {

constexpr double kPi = 3.141592653589793;

sc::Result<bool> sine_above_half(double t) { return sc::math::sin(t) > 0.5; }

}  // namespace

TEST_CASE("solve: sin(t) > 1/2 on [0, 10] gives [pi/6, 5pi/6] and [13pi/6, 17pi/6] to the tolerance") {
  SearchControl control;
  SearchProgress progress(control, 1);
  progress.begin_pass(10.0);
  FlatWindow result;
  REQUIRE(sc::gf::solve(sine_above_half, 0.5, 0.0, 10.0, 1e-6, progress, result, 100).ok());
  REQUIRE(result.size() == 4);
  CHECK(std::fabs(result[0] - kPi / 6) <= 1e-6);
  CHECK(std::fabs(result[1] - 5 * kPi / 6) <= 1e-6);
  CHECK(std::fabs(result[2] - 13 * kPi / 6) <= 1e-6);
  CHECK(std::fabs(result[3] - 17 * kPi / 6) <= 1e-6);
}

TEST_CASE("solve: a state held at the start or the end runs to the interval's ends") {
  SearchControl control;
  SearchProgress progress(control, 1);
  progress.begin_pass(2.0);
  FlatWindow result;
  // sin > 1/2 on [1, 3]: true from 1 to 5pi/6.
  REQUIRE(sc::gf::solve(sine_above_half, 0.3, 1.0, 3.0, 1e-9, progress, result, 10).ok());
  REQUIRE(result.size() == 2);
  CHECK(result[0] == 1.0);
  CHECK(std::fabs(result[1] - 5 * kPi / 6) <= 1e-9);
}

TEST_CASE("solve: CSPICE's checks and the workspace bound") {
  SearchControl control;
  SearchProgress progress(control, 1);
  FlatWindow result;
  CHECK(sc::gf::solve(sine_above_half, 0.5, 0.0, 10.0, 0.0, progress, result, 10).error().short_code ==
        "SPICE(INVALIDTOLERANCE)");
  CHECK(sc::gf::solve(sine_above_half, 0.5, 2.0, 1.0, 1e-6, progress, result, 10).error().short_code ==
        "SPICE(BADTIMECASE)");
  CHECK(sc::gf::solve(sine_above_half, 0.5, 0.0, 10.0, 1e-6, progress, result, 1).error().short_code ==
        "SPICE(WINDOWEXCESS)");
}

TEST_CASE("solve: progress grows to 1 and a cancelled search stops with SPICE(CANCELLED)") {
  std::vector<double> seen;
  SearchControl control;
  control.progress = [&](double f) { seen.push_back(f); };
  SearchProgress progress(control, 1);
  progress.begin_pass(100.0);
  FlatWindow result;
  REQUIRE(sc::gf::solve(sine_above_half, 0.5, 0.0, 100.0, 1e-6, progress, result, 100).ok());
  progress.end_pass();
  REQUIRE(seen.size() > 10);
  for (std::size_t i = 1; i < seen.size(); ++i) CHECK(seen[i] > seen[i - 1]);
  CHECK(seen.back() == 1.0);

  int calls = 0;
  SearchControl stop;
  stop.cancelled = [&]() { return ++calls > 5; };
  SearchProgress cancelled(stop, 1);
  FlatWindow partial;
  auto r = sc::gf::solve(sine_above_half, 0.5, 0.0, 100.0, 1e-6, cancelled, partial, 100);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().short_code == "SPICE(CANCELLED)");
}
