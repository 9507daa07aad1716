#include "math/chebyshev.hpp"

namespace sc::math {

// The parenthesisation below is CSPICE's (chbval.c / chbint.c); -ffp-contract=off keeps the
// compiler from fusing any of it, so both backends and CSPICE round at the same points.

double chebyshev_value(std::span<const double> coefficients, double midpoint, double radius, double x) {
  const double s = (x - midpoint) / radius;
  const double s2 = s * 2.0;
  double w0 = 0.0, w1 = 0.0, w2 = 0.0;
  for (std::size_t j = coefficients.size(); j-- > 1;) {
    w2 = w1;
    w1 = w0;
    w0 = coefficients[j] + (s2 * w1 - w2);
  }
  return (s * w0 - w1) + coefficients[0];
}

ValueAndRate chebyshev_value_and_rate(std::span<const double> coefficients, double midpoint, double radius,
                                      double x) {
  const double s = (x - midpoint) / radius;
  const double s2 = s * 2.0;
  double w0 = 0.0, w1 = 0.0, w2 = 0.0;
  double dw0 = 0.0, dw1 = 0.0, dw2 = 0.0;
  for (std::size_t j = coefficients.size(); j-- > 1;) {
    w2 = w1;
    w1 = w0;
    w0 = coefficients[j] + (s2 * w1 - w2);
    dw2 = dw1;
    dw1 = dw0;
    dw0 = (w1 * 2.0 + dw1 * s2) - dw2;
  }
  const double value = coefficients[0] + (s * w0 - w1);
  const double rate = ((w0 + s * dw0) - dw1) / radius;
  return {value, rate};
}

}  // namespace sc::math
