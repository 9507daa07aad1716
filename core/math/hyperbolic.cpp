// sinh and cosh from the exp kernel: with e^|x| = v 2^s (v a double-double, exp_kernel.hpp),
//    cosh x = 2^(s-1) (v + 2^(-2s) / v),    sinh |x| = 2^(s-1) (v - 2^(-2s) / v),
// each summed in double-double and rounded once. cosh has no cancellation (both terms positive);
// sinh loses at most 4 bits of the kernel's 68 for |x| >= 1/16, and below that a short Taylor
// series is used instead. Results are correctly rounded except in rare hard cases.
#include <cmath>  // std::fabs, std::isnan only: exact

#include "math/exp_kernel.hpp"
#include "math/exp_log.hpp"
#include "math/ieee_bits.hpp"

namespace sc::math {
namespace {

using detail::DD;

constexpr double kInfinity = detail::from_bits(0x7FF0000000000000ULL);
// Beyond this both functions overflow (cosh(710.4758600739439) is the largest finite value); up
// to it the kernel's domain (|x| <= 746) holds.
constexpr double kOverflow = 746.0;
// From 2^s = 2^40 on, 2^(-2s)/v is below 2^-80 of v and is left out.
constexpr int kNegligibleScale = 40;

// 1 / v as a double-double (Newton correction of the quotient by its exact remainder).
DD reciprocal(DD v) {
  const double q = 1.0 / v.hi;
  const DD back = detail::two_prod(q, v.hi);
  const double remainder = ((1.0 - back.hi) - back.lo) - q * v.lo;
  return {q, remainder * q};
}

// v + sign * 2^(-2s) / v, normalised.
DD combined(const detail::ScaledDD& k, double sign) {
  if (k.scale >= kNegligibleScale) return k.v;
  const DD inv = reciprocal(k.v);
  const double s = sign * detail::pow2(-2 * k.scale);
  const DD head = detail::two_sum(k.v.hi, inv.hi * s);
  return detail::fast_two_sum(head.hi, head.lo + (k.v.lo + inv.lo * s));
}

// sinh a for 0 <= a < 1/16: a + a^3 (1/3! + a^2/5! + ... + a^8/11!); the first omitted term is
// below 2^-80 a.
double sinh_series(double a) {
  const double s = a * a;
  const double t = a * s * (1.0 / 6.0 + s * (1.0 / 120.0 + s * (1.0 / 5040.0 + s * (1.0 / 362880.0 + s * (1.0 / 39916800.0)))));
  return a + t;
}

}  // namespace

double cosh(double x) {
  if (std::isnan(x)) return detail::quieted(x);
  const double a = std::fabs(x);
  if (a > kOverflow) return kInfinity;
  if (a < 0x1p-26) return 1.0;  // a^2/2 below half an ulp of 1
  const detail::ScaledDD k = detail::exp_kernel(a);
  return detail::scale_by_power_of_two(combined(k, 1.0).hi, k.scale - 1);
}

double sinh(double x) {
  if (std::isnan(x)) return detail::quieted(x);
  const double a = std::fabs(x);
  if (a < 0x1p-26) return x;  // a^3/6 below half an ulp of a; keeps -0
  double r = kInfinity;
  if (a < 0x1p-4) {
    r = sinh_series(a);
  } else if (a <= kOverflow) {
    const detail::ScaledDD k = detail::exp_kernel(a);
    r = detail::scale_by_power_of_two(combined(k, -1.0).hi, k.scale - 1);
  }
  return x < 0.0 ? -r : r;
}

}  // namespace sc::math
