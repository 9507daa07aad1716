#include "math/chebyshev_integral.hpp"

#include <cstddef>

namespace sc::math {
namespace {

// The integral's coefficients A_2 .. A_{N+2} (1-based, A_k multiplies T_{k-1}; N the degree), as
// CHBIGR forms them: A_2 = c0 - c2/2 (c0 when N < 2), A_k = (c_{k-2} - c_k)/2/(k-1) for
// 3 <= k <= N, A_{N+1} = c_{N-1}/2/N (N >= 2), A_{N+2} = c_N/2/(N+1) (N >= 1).
struct IntegralCoefficients {
  std::span<const double> c;
  double a2;
  double top;      // A_{N+1}, 0 when N < 2
  double highest;  // A_{N+2}, 0 when N < 1

  explicit IntegralCoefficients(std::span<const double> coefficients) : c(coefficients) {
    const std::size_t n = c.size();  // N + 1 terms
    const std::size_t degree = n - 1;
    a2 = n >= 3 ? c[0] - c[2] * 0.5 : c[0];
    top = degree >= 2 ? c[degree - 1] * 0.5 / static_cast<double>(degree) : 0.0;
    highest = degree >= 1 ? c[degree] * 0.5 / static_cast<double>(degree + 1) : 0.0;
  }

  // A_i for 2 <= i <= N + 1 (1-based).
  double at(std::size_t i) const {
    if (i == 2) return a2;
    if (i < c.size()) return (c[i - 2] - c[i]) * 0.5 / static_cast<double>(i - 1);
    return top;
  }
};

}  // namespace

ValueAndIntegral chebyshev_value_and_integral(std::span<const double> coefficients, double midpoint, double radius,
                                              double x) {
  const double s = (x - midpoint) / radius;
  const double s2 = s * 2.0;
  const IntegralCoefficients a(coefficients);
  // The integral's Clenshaw sums at s (f) and at 0 (z) start with the term A_{N+2}; the
  // expansion's own sum (w) with c_N, inside the same loop.
  double f0 = coefficients.size() == 1 ? a.a2 : a.highest, f1 = 0.0, f2 = 0.0;
  double z0 = f0, z1 = 0.0, z2 = 0.0;
  double w0 = 0.0, w1 = 0.0, w2 = 0.0;
  for (std::size_t i = coefficients.size(); i > 1; --i) {
    const double ai = a.at(i);
    f2 = f1;
    f1 = f0;
    f0 = ai + (s2 * f1 - f2);
    z2 = z1;
    z1 = z0;
    z0 = ai - z2;
    w2 = w1;
    w1 = w0;
    w0 = coefficients[i - 1] + (s2 * w1 - w2);
  }
  // z1 is minus the integral's expansion at s = 0: the constant that makes F(midpoint) zero.
  const double integral = (z1 + s * f0) - f1;
  const double value = coefficients[0] + (s * w0 - w1);
  return {value, radius * integral};
}

}  // namespace sc::math
