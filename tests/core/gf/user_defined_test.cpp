// User-defined GF searches (GFUDS, GFUDB) and UDDF/UDDC on q(t) = sin(t): the closed-form answers,
// CSPICE's derivative formula, its checks, and a failing function's error passed through.
#include <doctest/doctest.h>

#include <cmath>

#include "context.hpp"
#include "gf/user_defined.hpp"
#include "math/trig.hpp"

using sc::gf::FlatWindow;

namespace {

constexpr double kPi = 3.141592653589793;

sc::Result<double> sine(double t) { return sc::math::sin(t); }

}  // namespace

TEST_CASE("uddf is QDERIV's central difference; uddc its sign; dx = 0 is DIVIDEBYZERO") {
  int calls = 0;
  const sc::gf::ScalarFunction square = [&](double x) -> sc::Result<double> {
    ++calls;
    return x * x;
  };
  const auto d = sc::gf::uddf(square, 2.0, 1e-3);
  REQUIRE(d.ok());
  CHECK(*d == (0.5 / 1e-3) * (2.001 * 2.001) + (-0.5 / 1e-3) * (1.999 * 1.999));
  CHECK(std::abs(*d - 4.0) < 1e-9);
  CHECK(*sc::gf::uddc(sine, kPi, 1e-3) == true);
  CHECK(*sc::gf::uddc(sine, 0.0, 1e-3) == false);
  calls = 0;
  const auto zero = sc::gf::uddf(square, 1.0, 0.0);
  REQUIRE_FALSE(zero.ok());
  CHECK(zero.error().short_code == "SPICE(DIVIDEBYZERO)");
  CHECK(calls == 2);  // CSPICE evaluates both ends before QDERIV checks the step
}

TEST_CASE("gfuds finds sin(t) > 0.5 and its local maxima in closed form") {
  sc::Context ctx;
  const sc::gf::BooleanFunction decreasing = [](double t) -> sc::Result<bool> { return *sc::gf::uddc(sine, t, 1e-4); };
  const double cnfine[] = {0.0, 10.0};
  const auto above = sc::gf::gfuds(ctx, sine, decreasing, ">", 0.5, 0.0, 0.5, 100, cnfine);
  REQUIRE(above.ok());
  const double want[] = {kPi / 6, 5 * kPi / 6, 2 * kPi + kPi / 6, 2 * kPi + 5 * kPi / 6};
  REQUIRE(above->size() == 4);
  for (int i = 0; i < 4; ++i) CHECK(std::abs((*above)[i] - want[i]) < 1e-5);
  const auto peaks = sc::gf::gfuds(ctx, sine, decreasing, "LOCMAX", 0.0, 0.0, 0.5, 100, cnfine);
  REQUIRE(peaks.ok());
  REQUIRE(peaks->size() == 4);
  CHECK(std::abs((*peaks)[0] - kPi / 2) < 1e-4);
  CHECK(std::abs((*peaks)[2] - 5 * kPi / 2) < 1e-4);
}

TEST_CASE("gfuds checks in gfuds_c's order; a failing function stops the search with its error") {
  sc::Context ctx;
  const sc::gf::BooleanFunction decreasing = [](double t) -> sc::Result<bool> { return sc::math::cos(t) < 0.0; };
  const double cnfine[] = {0.0, 10.0};
  CHECK(sc::gf::gfuds(ctx, sine, decreasing, "", 0, 0, 0.5, 100, cnfine).error().short_code == "SPICE(EMPTYSTRING)");
  CHECK(sc::gf::gfuds(ctx, sine, decreasing, "<", 0, 0, 0.5, 0, cnfine).error().short_code == "SPICE(VALUEOUTOFRANGE)");
  CHECK(sc::gf::gfuds(ctx, sine, decreasing, "<", 0, 0, 0.0, 100, cnfine).error().short_code == "SPICE(INVALIDSTEP)");
  CHECK(sc::gf::gfuds(ctx, sine, decreasing, "??", 0, 0, 0.5, 100, cnfine).error().short_code == "SPICE(NOTRECOGNIZED)");
  int calls = 0;
  const sc::gf::ScalarFunction failing = [&](double t) -> sc::Result<double> {
    if (++calls == 5) return sc::make_error("SPICE(CALLBACKFAILED)", "the host's function failed");
    return sc::math::sin(t);
  };
  const auto r = sc::gf::gfuds(ctx, failing, decreasing, "<", 0, 0, 0.5, 100, cnfine);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().short_code == "SPICE(CALLBACKFAILED)");
  CHECK(calls == 5);  // stopped at the failure
}

TEST_CASE("gfudb finds where sin(t) > 0 over each confinement interval") {
  sc::Context ctx;
  const sc::gf::BooleanFunction positive = [](double t) -> sc::Result<bool> { return sc::math::sin(t) > 0.0; };
  const double cnfine[] = {0.5, 4.0, 5.0, 10.0};
  const auto r = sc::gf::gfudb(ctx, positive, 0.25, cnfine);
  REQUIRE(r.ok());
  // [0.5, pi] within [0.5, 4] (true at its start); [2 pi, 3 pi] within [5, 10].
  REQUIRE(r->size() == 4);
  CHECK((*r)[0] == 0.5);
  CHECK(std::abs((*r)[1] - kPi) < 1e-5);
  CHECK(std::abs((*r)[2] - 2 * kPi) < 1e-5);
  CHECK(std::abs((*r)[3] - 3 * kPi) < 1e-5);
  CHECK(sc::gf::gfudb(ctx, positive, -1, cnfine).error().short_code == "SPICE(INVALIDSTEP)");
}
