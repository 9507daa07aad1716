// A Chebyshev expansion and its integral (core/math/chebyshev_integral, CHBIGR): zero at the
// midpoint.
#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "fixtures.hpp"
#include "math/chebyshev_integral.hpp"
#include "packet_windows.hpp"
#include "spk_builders.hpp"

TEST_CASE("CHBIGR: a Chebyshev expansion and its integral, zero at the midpoint") {
  // SPICELIB's example: 6 S^5 on [10, 30]; the integral 10 S^6 is 10 at x = 30.
  const std::vector<double> cp = {0.0, 3.75, 0.0, 1.875, 0.0, 0.375};
  const auto r = sc::math::chebyshev_value_and_integral(cp, 20.0, 10.0, 30.0);
  CHECK(r.value == doctest::Approx(6.0).epsilon(1e-15));
  CHECK(r.integral == doctest::Approx(10.0).epsilon(1e-15));
  // Single polynomials T_0 .. T_3 on [x0 - h, x0 + h] against their integrals in closed form.
  const double x0 = 5.0, h = 2.5;
  for (double x : {2.5, 3.1, 5.0, 6.4, 7.5}) {
    const double s = (x - x0) / h;
    const double integrals[4] = {s, s * s / 2, 2 * s * s * s / 3 - s, s * s * s * s - 1.5 * s * s};
    const double values[4] = {1, s, 2 * s * s - 1, 4 * s * s * s - 3 * s};
    for (std::size_t k = 0; k < 4; ++k) {
      std::vector<double> c(k + 1, 0.0);
      c[k] = 1.0;
      const auto f = sc::math::chebyshev_value_and_integral(c, x0, h, x);
      CHECK(f.value == doctest::Approx(values[k]).epsilon(1e-14));
      CHECK(f.integral == doctest::Approx(h * integrals[k]).epsilon(1e-14).scale(1.0));
    }
  }
}
