// Chebyshev expansions (core/math/chebyshev, CHBVAL and CHBINT): CSPICE's documented example, and
// agreement with the direct series and its derivative.
#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "bodies/body_names.hpp"
#include "daf_images.hpp"
#include "json.hpp"
#include "math/chebyshev.hpp"

namespace {

// Direct sum of c_k T_k(s) and its derivative, for checking the Clenshaw evaluators.
double direct_value(const std::vector<double>& c, double s) {
  double t0 = 1, t1 = s, sum = c[0] * t0 + (c.size() > 1 ? c[1] * t1 : 0);
  for (std::size_t k = 2; k < c.size(); ++k) {
    const double t2 = 2 * s * t1 - t0;
    sum += c[k] * t2;
    t0 = t1;
    t1 = t2;
  }
  return sum;
}

double direct_derivative(const std::vector<double>& c, double s) {  // d/ds, with T_k' = k U_{k-1}
  double u0 = 1, u1 = 2 * s, sum = c.size() > 1 ? c[1] * 1 * u0 : 0;
  if (c.size() > 2) sum += c[2] * 2 * u1;
  for (std::size_t k = 3; k < c.size(); ++k) {
    const double u2 = 2 * s * u1 - u0;
    sum += c[k] * static_cast<double>(k) * u2;
    u0 = u1;
    u1 = u2;
  }
  return sum;
}

}  // namespace

TEST_CASE("Chebyshev evaluation: CSPICE's documented example") {
  // The CHBVAL/CHBINT examples: CP = (1, 3, 0.5, 1, 0.5, -1, 1), X2S = (0.5, 3), X = 1 gives
  // P = -0.340878 and dP/dX = 0.382716 (to the printed six decimals).
  const std::vector<double> cp{1, 3, 0.5, 1, 0.5, -1, 1};
  const double p = sc::math::chebyshev_value(cp, 0.5, 3, 1);
  const auto pd = sc::math::chebyshev_value_and_rate(cp, 0.5, 3, 1);
  CHECK(p == doctest::Approx(-0.340878).epsilon(1e-6));
  CHECK(pd.value == doctest::Approx(-0.340878).epsilon(1e-6));
  CHECK(pd.rate == doctest::Approx(0.382716).epsilon(1e-6));
}

TEST_CASE("Chebyshev evaluation agrees with the direct series and its derivative") {
  const std::vector<std::vector<double>> series{
      {4.25},
      {1.5, -2.0},
      {0.1, 0.2, 0.3},
      {-3.0, 1e5, -250.0, 0.75, 1e-3, -2e-6, 5e-9},
  };
  for (const auto& c : series) {
    for (double s : {-1.0, -0.73, -0.5, 0.0, 0.125, 0.5, 0.999, 1.0}) {
      const double mid = 1000.0, radius = 86400.0;
      const double x = mid + s * radius;
      const double expect = direct_value(c, s);
      const double tolerance = 1e-13 * (1 + std::fabs(expect) + 1e5);
      CHECK(std::fabs(sc::math::chebyshev_value(c, mid, radius, x) - expect) <= tolerance);
      const auto pd = sc::math::chebyshev_value_and_rate(c, mid, radius, x);
      CHECK(std::fabs(pd.value - expect) <= tolerance);
      const double rate = direct_derivative(c, s) / radius;
      CHECK(std::fabs(pd.rate - rate) <= 1e-12 * (1 + std::fabs(rate) + 1e5 / radius));
    }
  }
  // A constant has zero rate; CHBVAL and CHBINT agree on the value to the bit for these inputs.
  CHECK(sc::math::chebyshev_value_and_rate(std::vector<double>{7.0}, 0, 1, 0.3).rate == 0.0);
}
