// atan, atan2, asin, acos, all through one kernel: atan of a ratio q in [0, 1] (atan_kernel.cpp),
// with q carried as a double-double (a division corrected by its exact remainder) and the final
// offsets (pi/2 - ., pi - ., pi/2 + .) taken in double-double before the single rounding:
//    atan(x)      = atan(|x|)           or pi/2 - atan(1/|x|)            (|x| > 1)
//    atan2(y, x)  = atan(min/max) placed by octant
//    asin(x)      = atan2(x, sqrt(1 - x^2)),   acos(x) = atan2(sqrt(1 - x^2), x)
// where 1 - x^2 is formed exactly (Dekker square) and its square root as a double-double, so
// asin and acos stay accurate next to +-1, where the naive formulas lose half their bits.
// Special cases follow C99 Annex F.
#include <bit>  // std::countl_zero
#include <cmath>  // std::fabs, std::isnan, std::signbit, std::sqrt only: exact operations
#include <cstdint>
#include <limits>

#include "math/ieee_bits.hpp"
#include "math/trig.hpp"
#include "math/trig_kernels.hpp"
#include "math/trig_tables.hpp"

namespace sc::math {
namespace {

using detail::DD;
using detail::fast_two_sum;
using detail::kPio2Hi;
using detail::kPio2Lo;
using detail::kPiHi;
using detail::kPiLo;
using detail::two_prod;

// Below these the result rounds to x: atan x = x - x^3/3 + ..., asin x = x + x^3/6 + ..., and
// the x^3 term is under half an ulp of x.
constexpr double kAtanTiny = 0x1p-27;
constexpr double kAsinTiny = 0x1p-26;
// atan2: when the smaller argument's exponent is more than this below the larger one's, the
// ratio q < 2^-61 and atan q rounds to q (q^2/3 < 2^-122).
constexpr int kTinyRatioExponentGap = 62;

// base + sign * a (base a double-double, |base| > |a|), rounded once.
double offset(double base_hi, double base_lo, DD a, double sign) {
  const DD head = fast_two_sum(base_hi, sign * a.hi);
  return head.hi + ((head.lo + base_lo) + sign * a.lo);
}

// atan(num / den) for 0 <= num <= den (den > 0), den = den_hi + den_lo, num = num_hi + num_lo.
// The quotient's low part comes from the exact remainder of the division.
DD atan_of_ratio(double num_hi, double num_lo, double den_hi, double den_lo) {
  const double q = num_hi / den_hi;
  const DD back = two_prod(q, den_hi);
  const double q_lo = (((num_hi - back.hi) - back.lo) + num_lo - q * den_lo) / den_hi;
  return detail::atan_kernel(q, q_lo);
}

// The octant arrangement shared by atan2, asin and acos: a = atan(min/max) of |y| and |x|,
// swapped = |y| > |x|, x_negative = x < 0 (or -0). Returns the angle in [0, pi].
double place_in_octant(DD a, bool swapped, bool x_negative) {
  if (!swapped) return x_negative ? offset(kPiHi, kPiLo, a, -1.0) : a.hi + a.lo;
  return offset(kPio2Hi, kPio2Lo, a, x_negative ? 1.0 : -1.0);
}

// sqrt(1 - x^2) for 0 <= x <= 1 as a double-double. x^2 is split exactly, so 1 - x^2 is exact
// where it cancels (x^2 in [1/2, 1]: Sterbenz), and the root is corrected by its remainder.
DD sqrt_one_minus_square(double x) {
  const DD sq = two_prod(x, x);
  const DD diff = fast_two_sum(1.0, -sq.hi);
  const double h = diff.hi;
  const double l = diff.lo - sq.lo;
  if (h == 0.0) return {0.0, 0.0};  // x == 1
  // Root of the rounded h + l (near x = 1, l can be 2^-28 of h: sqrt(h) alone would be 2^-29
  // off, too far for one Newton step), then one Newton step on the exact remainder
  // h + l - s^2 (h - s^2 is exact by Sterbenz).
  const double s = std::sqrt(h + l);
  const DD ss = two_prod(s, s);
  return fast_two_sum(s, (((h - ss.hi) - ss.lo) + l) / (s + s));
}

// Unbiased binary exponent, also for subnormals (floor(log2 |v|)), v finite and nonzero.
int exponent_of(double v) {
  const std::uint64_t bits = detail::to_bits(v) & ~(std::uint64_t{1} << 63);
  const int biased = static_cast<int>(bits >> 52);
  if (biased != 0) return biased - 1023;
  return -1011 - std::countl_zero(bits);  // subnormal: leading bit position below 2^-1022
}

// v * 2^k, exact when the result is normal (two steps keep each factor representable).
double scale(double v, int k) {
  const int half = k / 2;
  return v * detail::pow2(half) * detail::pow2(k - half);
}

double with_sign(double magnitude, bool negative) { return negative ? -magnitude : magnitude; }

}  // namespace

double atan(double x) {
  const double ax = std::fabs(x);
  if (std::isnan(x)) return detail::quieted(x);
  if (ax < kAtanTiny) return x;
  double a;
  if (ax <= 1.0) {
    const DD v = detail::atan_kernel(ax, 0.0);
    a = v.hi + v.lo;
  } else if (ax < 0x1p60) {
    // pi/2 - atan(1/ax), 1/ax as a double-double from the exact remainder of the division.
    a = offset(kPio2Hi, kPio2Lo, atan_of_ratio(1.0, 0.0, ax, 0.0), -1.0);
  } else {
    a = kPio2Hi;  // 1/ax < 2^-60: below half an ulp of pi/2 (also x = +-inf)
  }
  return with_sign(a, x < 0);
}

double atan2(double y, double x) {
  if (std::isnan(y)) return detail::quieted(y);
  if (std::isnan(x)) return detail::quieted(x);
  const bool y_negative = std::signbit(y);
  const bool x_negative = std::signbit(x);
  const double ay = std::fabs(y);
  const double ax = std::fabs(x);
  constexpr double kInf = std::numeric_limits<double>::infinity();

  if (ay == 0.0) return x_negative ? with_sign(kPiHi, y_negative) : y;  // +-0 or +-pi
  if (ax == 0.0) return with_sign(kPio2Hi, y_negative);
  if (ax == kInf) {
    if (ay == kInf) return with_sign(x_negative ? detail::k3Pio4 : detail::kPio4, y_negative);
    return x_negative ? with_sign(kPiHi, y_negative) : with_sign(0.0, y_negative);
  }
  if (ay == kInf) return with_sign(kPio2Hi, y_negative);

  // Both finite and nonzero. The angle depends only on the ratio min/max in [0, 1].
  const bool swapped = ay > ax;
  double num = swapped ? ax : ay;
  double den = swapped ? ay : ax;
  const int den_exponent = exponent_of(den);
  if (exponent_of(num) < den_exponent - kTinyRatioExponentGap) {
    // q < 2^-61: atan q rounds to q, so the correctly rounded quotient (even if it underflows)
    // is the answer in the first octant; elsewhere q is only an offset of pi or pi/2.
    const DD a{num / den, 0.0};
    return with_sign(place_in_octant(a, swapped, x_negative), y_negative);
  }
  // Bring den near 1 when the exact-remainder products could overflow or underflow; a common
  // power of two changes neither the ratio nor its rounding, and num stays normal (ratio >= 2^-63).
  if (den_exponent > 800 || den_exponent < -800) {
    num = scale(num, -den_exponent);
    den = scale(den, -den_exponent);
  }
  const DD a = atan_of_ratio(num, 0.0, den, 0.0);
  return with_sign(place_in_octant(a, swapped, x_negative), y_negative);
}

double asin(double x) {
  const double ax = std::fabs(x);
  if (std::isnan(x)) return detail::quieted(x);
  if (ax > 1.0) return detail::kInvalidNaN;
  if (ax < kAsinTiny) return x;
  // asin x = atan2(x, c), c = sqrt(1 - x^2) >= 0.
  const DD c = sqrt_one_minus_square(ax);
  const bool swapped = ax > c.hi;
  const DD a = swapped ? atan_of_ratio(c.hi, c.lo, ax, 0.0) : atan_of_ratio(ax, 0.0, c.hi, c.lo);
  return with_sign(place_in_octant(a, swapped, false), x < 0);
}

double acos(double x) {
  const double ax = std::fabs(x);
  if (std::isnan(x)) return detail::quieted(x);
  if (ax > 1.0) return detail::kInvalidNaN;
  // acos x = atan2(c, x), c = sqrt(1 - x^2) >= 0.
  const DD c = sqrt_one_minus_square(ax);
  const bool swapped = c.hi > ax;
  const DD a = swapped ? atan_of_ratio(ax, 0.0, c.hi, c.lo) : atan_of_ratio(c.hi, c.lo, ax, 0.0);
  return place_in_octant(a, swapped, x < 0);
}

}  // namespace sc::math
