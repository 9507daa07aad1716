// sin, cos, tan: reduce |x| modulo pi/2 (trig_reduce.cpp), evaluate the kernel for the quadrant
// as a double-double (sincos_kernel.cpp), round once. Only IEEE + - * / and exact operations are
// used, so native and WASM builds return the same bits; the kernels keep the error before that
// final rounding to a small fraction of an ulp, so results are correctly rounded except in rare
// hard cases, and within 1 ulp always. Odd/even symmetry is exact by construction (the work is
// done on |x|). asin, acos, atan, atan2 are in inverse_trig.cpp.
#include <cmath>  // std::fabs, std::isnan only: exact operations

#include "math/ieee_bits.hpp"
#include "math/trig.hpp"
#include "math/trig_kernels.hpp"
#include "math/trig_reduce.hpp"
#include "math/trig_tables.hpp"

namespace sc::math {
namespace {

using detail::DD;

// Below these, the result rounds to x (sin: x^3/6 < 2^-54.5 |x|; tan: x^3/3 < 2^-55.5 |x|,
// both under half an ulp of x) or to 1 (cos: x^2/2 < 2^-55). Returning early keeps -0 and
// avoids underflow in the series.
constexpr double kSinTiny = 0x1p-26;
constexpr double kTanTiny = 0x1p-27;
constexpr double kCosTiny = 0x1p-27;
constexpr double kLargestFinite = 0x1.fffffffffffffp1023;

detail::ReducedAngle reduce(double ax) {
  if (ax <= detail::kPio4) return {0, {ax, 0.0}};
  return detail::reduce_pio2(ax);
}

// sin, cos, tan of an infinity are invalid; a NaN propagates.
double non_finite_result(double x) { return std::isnan(x) ? detail::quieted(x) : detail::kInvalidNaN; }

// (n.hi + n.lo) / (d.hi + d.lo) rounded: one division, corrected by its exact remainder.
double quotient(DD n, DD d) {
  const double q = n.hi / d.hi;
  const DD back = detail::two_prod(q, d.hi);
  const double remainder = ((n.hi - back.hi) - back.lo) + n.lo - q * d.lo;
  return q + remainder / d.hi;
}

}  // namespace

double sin(double x) {
  const double ax = std::fabs(x);
  if (!(ax <= kLargestFinite)) return non_finite_result(x);
  if (ax < kSinTiny) return x;
  const detail::ReducedAngle red = reduce(ax);
  const DD v = (red.quadrant & 1) != 0 ? detail::cos_kernel(red.r) : detail::sin_kernel(red.r);
  const double s = v.hi + v.lo;
  const double sin_ax = (red.quadrant & 2) != 0 ? -s : s;
  return x < 0 ? -sin_ax : sin_ax;
}

double cos(double x) {
  const double ax = std::fabs(x);
  if (!(ax <= kLargestFinite)) return non_finite_result(x);
  if (ax < kCosTiny) return 1.0;
  const detail::ReducedAngle red = reduce(ax);
  const DD v = (red.quadrant & 1) != 0 ? detail::sin_kernel(red.r) : detail::cos_kernel(red.r);
  const double c = v.hi + v.lo;
  // Quadrants 1 and 2 negate: cos(r + pi/2) = -sin r, cos(r + pi) = -cos r, cos(r + 3pi/2) = sin r.
  return (red.quadrant == 1 || red.quadrant == 2) ? -c : c;
}

double tan(double x) {
  const double ax = std::fabs(x);
  if (!(ax <= kLargestFinite)) return non_finite_result(x);
  if (ax < kTanTiny) return x;
  const detail::ReducedAngle red = reduce(ax);
  const detail::SinCos sc = detail::sin_cos_kernel(red.r);
  // tan has period pi; tan(r + pi/2) = -cos r / sin r.
  const double t = (red.quadrant & 1) != 0 ? -quotient(sc.cos, sc.sin) : quotient(sc.sin, sc.cos);
  return x < 0 ? -t : t;
}

}  // namespace sc::math
