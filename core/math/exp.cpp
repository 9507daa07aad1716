// exp by table and short series: x = n ln2/64 + r with |r| <= ln2/128 (Cody-Waite, the products
// with n exact), n = 64 m + j, then
//    e^x = 2^m * 2^(j/64) * (1 + (e^r - 1))
// with 2^(j/64) a double-double from exp_log_tables.hpp and e^r - 1 = r + r^2/2 + r^3 P(r) formed
// as a double-double: the leading terms exactly (Dekker), the cubic and higher ones (at most 2^-23
// of the result) in double. The error before the final rounding stays near 2^-68 relative, so the
// result is correctly rounded except in rare hard cases, subnormal results included.
#include <cmath>  // std::isnan only: exact

#include "math/exp_kernel.hpp"
#include "math/exp_log.hpp"
#include "math/exp_log_tables.hpp"
#include "math/ieee_bits.hpp"

namespace sc::math {
namespace detail {
namespace {

// Taylor coefficients of (e^r - 1 - r - r^2/2) / r^3, rounded to double. With |r| <= 2^-7.5 the
// first omitted term (r^9/9!) is below 2^-85.
constexpr double kE3 = 1.0 / 6.0;
constexpr double kE4 = 1.0 / 24.0;
constexpr double kE5 = 1.0 / 120.0;
constexpr double kE6 = 1.0 / 720.0;
constexpr double kE7 = 1.0 / 5040.0;
constexpr double kE8 = 1.0 / 40320.0;

// n = round(x * 64/ln2), half away from zero. |x| <= 746 keeps |n| below 2^17.
long nearest_multiple(double x) {
  const double t = x * k64ByLn2;
  return static_cast<long>(t < 0.0 ? t - 0.5 : t + 0.5);
}

// r = x - n ln2/64 as a double-double. x - n * Hi is exact: n * Hi is (32-bit Hi, |n| < 2^21), and
// x lies within a factor 2 of it (Sterbenz's lemma) or n = 0.
DD reduced(double x, double n) {
  const double r1 = x - n * kLn2By64Hi;
  const DD p = two_prod(n, kLn2By64Mid);
  const DD r2 = two_sum(r1, -p.hi);
  return fast_two_sum(r2.hi, (r2.lo - p.lo) - n * kLn2By64Lo);
}

// e^r - 1 for |r| <= ~ln2/128, as a normalised double-double.
DD exp_minus_one(DD r) {
  const double rh = r.hi;
  const DD sq = two_prod(rh, rh);
  const double tail = rh * sq.hi * (kE3 + rh * (kE4 + rh * (kE5 + rh * (kE6 + rh * (kE7 + rh * kE8)))));
  const DD head = fast_two_sum(rh, sq.hi * 0.5);  // |rh| >= rh^2 / 2
  const double low = head.lo + (r.lo + (sq.lo * 0.5 + (rh * r.lo + tail)));
  return fast_two_sum(head.hi, low);
}

}  // namespace

ScaledDD exp_kernel(double x) {
  const long n = nearest_multiple(x);
  const long m = n >= 0 ? n / 64 : -((-n + 63) / 64);  // floor(n / 64)
  const long j = n - m * 64;                            // 0 .. 63
  const DD pm1 = exp_minus_one(reduced(x, static_cast<double>(n)));
  const DD& t = kExp2Table[j];
  // t (1 + pm1) = t.hi + t.hi pm1 + t.lo (1 + pm1), the large product exact.
  const DD prod = two_prod(t.hi, pm1.hi);
  const DD sum = fast_two_sum(t.hi, prod.hi);  // t.hi >= 1 > |prod.hi|
  const double small = sum.lo + (prod.lo + (t.hi * pm1.lo + (t.lo + t.lo * pm1.hi)));
  return {fast_two_sum(sum.hi, small), static_cast<int>(m)};
}

double scale_by_power_of_two(double v, int e) {
  if (e > 2046) e = 2046;
  if (e > 1023) return (v * pow2(1023)) * pow2(e - 1023);  // the first product is exact for |v| < 2
  if (e >= -1022) return v * pow2(e);
  if (e < -1082) return v * 0.0;  // below half the smallest subnormal for |v| < 2
  return (v * pow2(e + 60)) * 0x1p-60;  // exact, then the one rounding into the subnormals
}

// (v.hi + v.lo) * 2^e for a positive normalised v and e <= -1022: the result is normal (exact
// scaling) or subnormal, where v.hi + v.lo is rounded to the subnormal grid in one step. Work is
// done 2^120 higher, where the grid is 2^-954: adding and removing B = 2^-902 rounds s to it
// (ties to even); v.hi is a double, so only when it lies exactly halfway does v.lo decide.
double scaled_into_subnormals(DD v, int e) {
  if (e < -1082) return 0.0;
  const double s = v.hi * pow2(e + 120);  // exact
  if (s >= 0x1p-902) return s * 0x1p-120;
  constexpr double kGridShifter = 0x1p-902;
  constexpr double kHalfGrid = 0x1p-955;
  double q = (s + kGridShifter) - kGridShifter;
  const double l = v.lo * pow2(e + 120);
  if (l != 0.0 && (s - q == kHalfGrid || q - s == kHalfGrid)) q = l > 0.0 ? s + kHalfGrid : s - kHalfGrid;
  return q * 0x1p-120;  // exact: q is a multiple of 2^-954
}

}  // namespace detail

double exp(double x) {
  if (std::isnan(x)) return detail::quieted(x);
  if (x > 710.0) return detail::from_bits(0x7FF0000000000000ULL);  // e^710 > DBL_MAX
  if (x < -746.0) return 0.0;                                      // e^-746 < 2^-1076
  if (x > -0x1p-54 && x < 0x1p-54) return 1.0;  // |e^x - 1| below half an ulp of 1
  const detail::ScaledDD k = detail::exp_kernel(x);
  // v.hi is the mantissa rounded once; scaling it is exact while the result stays normal.
  if (k.scale >= -1021) return detail::scale_by_power_of_two(k.v.hi, k.scale);
  return detail::scaled_into_subnormals(k.v, k.scale);
}

}  // namespace sc::math
