// pow (see exp_log.hpp): x^y = e^(y log|x|), the logarithm kept as a double-double so that the
// product's error stays near 2^-68 relative to |y log x| (at most 2^-58 of the result for results
// within the double range), and e^(h + l) = e^h (1 + l) with l below 2^-43.
#include <cmath>  // std::isnan, std::fabs, std::floor: exact

#include "math/exp_kernel.hpp"
#include "math/exp_log.hpp"
#include "math/ieee_bits.hpp"
#include "math/log_kernel.hpp"

namespace sc::math {
namespace {

using detail::DD;

constexpr double kInfinity = detail::from_bits(0x7FF0000000000000ULL);

bool is_integer(double y) { return std::floor(y) == y; }
// An odd integer: y/2 is not an integer. Every double beyond 2^53 is even.
bool is_odd_integer(double y) { return is_integer(y) && std::fabs(y) < 0x1p53 && !is_integer(y * 0.5); }

// |x|^y for finite x > 0 and finite y.
double positive_pow(double x, double y) {
  const DD l = detail::log_kernel(x);
  const DD t = detail::two_prod(y, l.hi);
  const double h = t.hi;
  const double lo = t.lo + y * l.lo;
  if (h > 710.0) return kInfinity;  // e^710 > DBL_MAX, and lo cannot bring it back
  if (h < -746.0) return 0.0;       // e^-746 < 2^-1076
  const detail::ScaledDD k = detail::exp_kernel(h);
  // (v.hi + v.lo)(1 + lo), the small terms summed first, rounded once.
  const double v = k.v.hi + (k.v.lo + k.v.hi * lo);
  return detail::scale_by_power_of_two(v, k.scale);
}

}  // namespace

double pow(double x, double y) {
  if (y == 0.0 || x == 1.0) return 1.0;
  if (std::isnan(x)) return detail::quieted(x);
  if (std::isnan(y)) return detail::quieted(y);
  const double ay = std::fabs(y);
  if (ay == kInfinity) {
    const double ax = std::fabs(x);
    if (ax == 1.0) return 1.0;
    return (ax < 1.0) == (y < 0.0) ? kInfinity : 0.0;
  }
  const bool odd = is_odd_integer(y);
  if (x == 0.0) {
    const double zero_or_inf = y < 0.0 ? kInfinity : 0.0;
    return odd && std::signbit(x) ? -zero_or_inf : zero_or_inf;
  }
  if (std::fabs(x) == kInfinity) {
    const double inf_or_zero = y < 0.0 ? 0.0 : kInfinity;
    return odd && x < 0.0 ? -inf_or_zero : inf_or_zero;
  }
  if (x < 0.0) {
    if (!is_integer(y)) return detail::kInvalidNaN;
    const double r = positive_pow(-x, y);
    return odd ? -r : r;
  }
  return positive_pow(x, y);
}

}  // namespace sc::math
