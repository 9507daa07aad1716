// Chebyshev expansions evaluated as SPICELIB's CHBVAL and CHBINT do (Clenshaw's recurrence, with
// their exact operation order, so results carry CSPICE's bits):
//   p(x) = sum_k c[k] T_k(s),  s = (x - midpoint) / radius.
#pragma once

#include <span>

namespace sc::math {

struct ValueAndRate {
  double value;
  double rate;  // dp/dx, i.e. per second when x is in seconds
};

// CHBVAL: the expansion at x. `coefficients` holds c[0] .. c[degree] and must not be empty.
double chebyshev_value(std::span<const double> coefficients, double midpoint, double radius, double x);

// CHBINT: the expansion and its derivative with respect to x.
ValueAndRate chebyshev_value_and_rate(std::span<const double> coefficients, double midpoint, double radius, double x);

}  // namespace sc::math
