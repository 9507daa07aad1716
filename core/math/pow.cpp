// pow from the log and exp kernels: for x > 0, x^y = e^t with t = y log x formed as a double-double
// (log x from log_kernel, the product exact by Dekker), then e^t = e^t.hi (1 + t.lo) with e^t.hi
// from exp_kernel, rounded once. The error before that rounding is below |t| 2^-67 relative
// (|t| <= 746), so results are correctly rounded except in rare hard cases, like glibc's pow, and
// the same bits on both backends. The special cases (zeros, infinities, NaNs, negative bases)
// follow C99 Annex F.
#include <cmath>  // std::fabs, std::floor, std::fmod, std::isinf, std::isnan: exact

#include "math/exp_kernel.hpp"
#include "math/exp_log.hpp"
#include "math/ieee_bits.hpp"

namespace sc::math {
namespace {

using detail::DD;

constexpr double kInfinity = detail::from_bits(0x7FF0000000000000ULL);

// x^y for finite x > 0 and finite y != 0, x != 1.
double positive_pow(double x, double y) {
  const DD l = detail::log_kernel(x);
  const double t0 = y * l.hi;
  if (t0 > 710.0) return kInfinity;  // e^710 > DBL_MAX
  if (t0 < -746.0) return 0.0;       // e^-746 < 2^-1076
  if (t0 > -0x1p-54 && t0 < 0x1p-54) return 1.0;  // |e^t - 1| below half an ulp of 1
  // |y| <= 746 / |log x| < 2^63 and |t| >= 2^-54 here, so the product's halves neither overflow
  // nor underflow.
  const DD p = detail::two_prod(y, l.hi);
  const DD t = detail::fast_two_sum(p.hi, p.lo + y * l.lo);
  const detail::ScaledDD k = detail::exp_kernel(t.hi);
  // e^t.lo = 1 + t.lo to 2^-88 (|t.lo| <= 2^-44).
  const DD v = detail::fast_two_sum(k.v.hi, k.v.lo + k.v.hi * t.lo);
  if (k.scale >= -1021) return detail::scale_by_power_of_two(v.hi, k.scale);
  return detail::scaled_into_subnormals(v, k.scale);
}

bool is_odd_integer(double y) {
  if (std::fabs(y) >= 0x1p53) return false;  // every double from 2^53 on is even
  return std::floor(y) == y && std::fmod(y, 2.0) != 0.0;
}

}  // namespace

double pow(double x, double y) {
  if (y == 0.0 || x == 1.0) return 1.0;  // even for a NaN in the other argument
  if (std::isnan(x)) return detail::quieted(x);
  if (std::isnan(y)) return detail::quieted(y);
  const double ax = std::fabs(x);
  if (std::isinf(y)) {
    if (ax == 1.0) return 1.0;
    return (ax > 1.0) == (y > 0.0) ? kInfinity : 0.0;
  }
  const bool odd = is_odd_integer(y);
  if (x == 0.0) {
    if (y < 0.0) return odd ? (std::signbit(x) ? -kInfinity : kInfinity) : kInfinity;
    return odd ? x : 0.0;
  }
  if (std::isinf(x)) {
    const double r = y > 0.0 ? kInfinity : 0.0;
    return x < 0.0 && odd ? -r : r;
  }
  if (x < 0.0) {
    if (std::floor(y) != y) return detail::kInvalidNaN;
    const double r = positive_pow(ax, y);
    return odd ? -r : r;
  }
  return positive_pow(x, y);
}

}  // namespace sc::math
