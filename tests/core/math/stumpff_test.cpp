// The Stumpff functions (core/math/stumpff, STMP03): their closed forms, continuity across |x| = 1.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "fixtures.hpp"
#include "golden_fixture.hpp"
#include "json.hpp"
#include "math/stumpff.hpp"
#include "orbits.hpp"
#include "segment_files.hpp"
#include "spk_golden.hpp"
#include "spk_images.hpp"

TEST_CASE("Stumpff functions agree with their closed forms and are continuous across |x| = 1") {
  for (double x : {-400.0, -30.0, -2.0, -1.0000001, -0.5, -1e-3, 0.0, 1e-3, 0.5, 0.9999999, 1.0000001, 3.0, 50.0}) {
    auto s = sc::math::stumpff(x);
    REQUIRE(s.ok());
    double c0 = 1, c1 = 1;
    if (x > 0) {
      c0 = std::cos(std::sqrt(x));
      c1 = std::sin(std::sqrt(x)) / std::sqrt(x);
    } else if (x < 0) {
      c0 = std::cosh(std::sqrt(-x));
      c1 = std::sinh(std::sqrt(-x)) / std::sqrt(-x);
    }
    const double tol = 1e-14 * std::max(1.0, std::fabs(c0));
    CHECK_MESSAGE(std::fabs(s->c0 - c0) <= tol, "x = " << x);
    CHECK_MESSAGE(std::fabs(s->c1 - c1) <= tol, "x = " << x);
    // The recursions x C2 = 1 - C0 and x C3 = 1 - C1; at 0, C2 = 1/2 and C3 = 1/6.
    if (x != 0.0) {
      CHECK(x * s->c2 == doctest::Approx(1 - s->c0).epsilon(1e-12).scale(1.0));
      CHECK(x * s->c3 == doctest::Approx(1 - s->c1).epsilon(1e-12).scale(1.0));
    } else {
      CHECK(s->c2 == doctest::Approx(0.5).epsilon(1e-16));
      CHECK(s->c3 == doctest::Approx(1.0 / 6.0).epsilon(1e-16));
    }
  }
  // Either side of the switch between series and closed forms.
  for (double edge : {-1.0, 1.0}) {
    auto in = sc::math::stumpff(edge);
    auto out = sc::math::stumpff(edge * (1 + 1e-15));
    REQUIRE(in.ok());
    REQUIRE(out.ok());
    CHECK(in->c2 == doctest::Approx(out->c2).epsilon(1e-13));
    CHECK(in->c3 == doctest::Approx(out->c3).epsilon(1e-13));
  }
  CHECK(sc::math::stumpff(-6e5).error().short_code == "SPICE(VALUEOUTOFRANGE)");
}
