// Chebyshev expansions evaluated as SPICELIB's CHBVAL and CHBINT do (Clenshaw's recurrence, with
// their exact operation order, so results carry CSPICE's bits):
//   p(x) = sum_k c[k] T_k(s),  s = (x - midpoint) / radius.
#pragma once

#include <array>
#include <cstddef>
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

// CHBINT for the K expansions of one record (x, y, z of a position; three Euler angles): component
// i's coefficients are words [i * ncof, (i + 1) * ncof) of `coefficients`. The K recurrences run side
// by side, so their independent dependency chains overlap in the CPU instead of running one after
// another; each component's operations and their order are CHBINT's, so the bits are
// chebyshev_value_and_rate's. ncof must be at least 1.
template <std::size_t K>
std::array<ValueAndRate, K> chebyshev_values_and_rates(std::span<const double> coefficients, std::size_t ncof,
                                                       double midpoint, double radius, double x);

// CHBVAL for the K expansions of one record (SPK type 3's six state components), side by side as
// above; each component's bits are chebyshev_value's.
template <std::size_t K>
std::array<double, K> chebyshev_values(std::span<const double> coefficients, std::size_t ncof, double midpoint,
                                       double radius, double x);

}  // namespace sc::math
