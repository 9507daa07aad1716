// A Chebyshev expansion and its indefinite integral, as SPICELIB's CHBIGR computes them (SPK and
// PCK type 20): with s = (x - midpoint) / radius and f(x) = sum_k c[k] T_k(s),
//   value    = f(x)
//   integral = F(x), where dF/dx = f and F(midpoint) = 0.
// The integral's coefficients follow from T_n = (T_{n+1}/(n+1) - T_{n-1}/(n-1)) / 2; the value at
// s = 0 (subtracted so that F(midpoint) = 0) and both sums use Clenshaw's recurrence, all in
// CHBIGR's operation order so results carry its bits.
#pragma once

#include <span>

namespace sc::math {

struct ValueAndIntegral {
  double value;
  double integral;  // in the units of value times those of x
};

// `coefficients` holds c[0] .. c[degree] and must not be empty; radius must be positive (the
// callers check both, with their own error codes).
ValueAndIntegral chebyshev_value_and_integral(std::span<const double> coefficients, double midpoint, double radius,
                                              double x);

}  // namespace sc::math
