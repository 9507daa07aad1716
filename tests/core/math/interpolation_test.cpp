// Polynomial interpolation (core/math/interpolation: LGRINT, LGRESP, HRMINT, HRMESP): SPICELIB's
// examples, polynomial reproduction, equal-step agreement, and SPICELIB's short codes.
#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "fixtures.hpp"
#include "golden_fixture.hpp"
#include "json.hpp"
#include "math/interpolation.hpp"
#include "orbits.hpp"
#include "segment_files.hpp"
#include "spk_golden.hpp"
#include "spk_images.hpp"

// --- Interpolation ------------------------------------------------------------------------------
TEST_CASE("Lagrange interpolation: SPICELIB's examples, polynomial reproduction, equal-step agreement") {
  // LGRINT/LGRESP's example: the cubic through (-1,-2), (1,-8), (3,26), (5,148) is 1 at x = 2; with
  // a negative step (abscissas 5, 3, 1, -1) the same.
  const std::vector<double> xs{-1, 1, 3, 5};
  const std::vector<double> ys{-2, -8, 26, 148};
  auto a = sc::math::lagrange(xs, ys, 2.0);
  REQUIRE(a.ok());
  CHECK(*a == doctest::Approx(1.0).epsilon(1e-15));
  auto b = sc::math::lagrange_equal_step(ys, -1.0, 2.0, 2.0);
  REQUIRE(b.ok());
  CHECK(*b == doctest::Approx(1.0).epsilon(1e-15));
  auto c = sc::math::lagrange_equal_step(std::vector<double>{148, 26, -8, -2}, 5.0, -2.0, 2.0);
  REQUIRE(c.ok());
  CHECK(*c == doctest::Approx(1.0).epsilon(1e-15));

  // A degree-6 polynomial through 7 points (unequal and equal spacing) is reproduced anywhere near.
  auto p = [](double t) { return 3.0 - 2.0 * t + 0.5 * t * t * t - 0.01 * std::pow(t, 5) + 1e-4 * std::pow(t, 6); };
  const std::vector<double> ux{-3.0, -2.1, -0.4, 0.3, 1.7, 2.2, 4.0};
  std::vector<double> uy, ey;
  for (double x : ux) uy.push_back(p(x));
  for (int k = 0; k < 7; ++k) ey.push_back(p(-3.0 + 1.25 * k));
  for (double x : {-3.0, -1.0, 0.0, 0.77, 2.2, 3.9, 5.0}) {
    CHECK(*sc::math::lagrange(ux, uy, x) == doctest::Approx(p(x)).epsilon(1e-11));
    CHECK(*sc::math::lagrange_equal_step(ey, -3.0, 1.25, x) == doctest::Approx(p(x)).epsilon(1e-11));
  }
  // At an abscissa the value is the sample itself; one point gives a constant.
  CHECK(*sc::math::lagrange(ux, uy, ux[3]) == doctest::Approx(uy[3]).epsilon(1e-14));
  CHECK(*sc::math::lagrange(std::vector<double>{2.0}, std::vector<double>{7.5}, 100.0) == 7.5);
  CHECK(*sc::math::lagrange_equal_step(std::vector<double>{7.5}, 0.0, 1.0, -4.0) == 7.5);
}

TEST_CASE("Hermite interpolation: SPICELIB's example, polynomial reproduction, equal-step agreement") {
  // HRMINT's example: f(x) = x^7 + 2x^2 + 5 from values and derivatives at -1, 0, 3, 5 gives
  // f(2) = 141, f'(2) = 456.
  const std::vector<double> xs{-1, 0, 3, 5};
  const std::vector<double> yv{6, 3, 5, 0, 2210, 5115, 78180, 109395};
  auto h = sc::math::hermite(xs, yv, 2.0);
  REQUIRE(h.ok());
  CHECK(h->value == doctest::Approx(141.0).epsilon(1e-13));
  CHECK(h->derivative == doctest::Approx(456.0).epsilon(1e-13));

  auto f = [](double x) { return std::pow(x, 7) + 2 * x * x + 5; };
  auto df = [](double x) { return 7 * std::pow(x, 6) + 4 * x; };
  std::vector<double> ev;
  for (double x : {-1.0, 1.0, 3.0, 5.0}) {
    ev.push_back(f(x));
    ev.push_back(df(x));
  }
  for (double x : {-1.0, 0.0, 2.0, 2.5, 4.9, 6.0}) {
    auto e = sc::math::hermite_equal_step(ev, -1.0, 2.0, x);
    REQUIRE(e.ok());
    CHECK(e->value == doctest::Approx(f(x)).epsilon(1e-11));
    CHECK(e->derivative == doctest::Approx(df(x)).epsilon(1e-11));
    auto u = sc::math::hermite(std::vector<double>{-1, 1, 3, 5}, ev, x);
    REQUIRE(u.ok());
    CHECK(u->value == doctest::Approx(e->value).epsilon(1e-12));
    CHECK(u->derivative == doctest::Approx(e->derivative).epsilon(1e-12));
  }
  // One point: the tangent line.
  auto one = sc::math::hermite(std::vector<double>{1.0}, std::vector<double>{2.0, 3.0}, 4.0);
  REQUIRE(one.ok());
  CHECK(one->value == 11.0);
  CHECK(one->derivative == 3.0);
}

TEST_CASE("Interpolation errors carry SPICELIB's short codes") {
  const std::vector<double> none;
  CHECK(sc::math::lagrange(none, none, 1.0).error().short_code == "SPICE(INVALIDSIZE)");
  CHECK(sc::math::lagrange_equal_step(none, 0, 1, 1.0).error().short_code == "SPICE(INVALIDSIZE)");
  CHECK(sc::math::hermite(none, none, 1.0).error().short_code == "SPICE(INVALIDSIZE)");
  CHECK(sc::math::hermite_equal_step(none, 0, 1, 1.0).error().short_code == "SPICE(INVALIDSIZE)");
  const std::vector<double> same{1.0, 2.0, 2.0};
  const std::vector<double> y3{1, 2, 3};
  CHECK(sc::math::lagrange(same, y3, 0.5).error().short_code == "SPICE(DIVIDEBYZERO)");
  CHECK(sc::math::hermite(same, std::vector<double>{1, 0, 2, 0, 3, 0}, 0.5).error().short_code ==
        "SPICE(DIVIDEBYZERO)");
  CHECK(sc::math::lagrange_equal_step(y3, 0.0, 0.0, 0.5).error().short_code == "SPICE(INVALIDSTEPSIZE)");
  CHECK(sc::math::hermite_equal_step(std::vector<double>{1, 0, 2, 0}, 0.0, 0.0, 0.5).error().short_code ==
        "SPICE(INVALIDSTEPSIZE)");
}
