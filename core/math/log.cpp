// log by table and short series: x = 2^e m with sqrt(1/2) <= m < sqrt(2), c = k/128 the table
// point nearest m, u = (m - c)/c (|u| < 2^-7.4), then
//    log x = e ln2 + log c + log(1 + u),   log(1 + u) = u - u^2/2 + u^3 Q(u)
// with ln2 and log c double-doubles (exp_log_tables.hpp), e * ln2_hi exact, m - c exact (Sterbenz)
// and u a double-double (the division corrected by its exact remainder). The large terms are
// summed exactly (TwoSum); the rest, at most 2^-22 of the result, in double. For e = 0 and c = 1
// every term is relative to u, so results near 1 keep their accuracy. The error before the final
// rounding stays near 2^-68 relative: correctly rounded except in rare hard cases.
#include <cmath>  // std::isnan only: exact
#include <cstdint>

#include "math/exp_log.hpp"
#include "math/log_kernel.hpp"
#include "math/exp_log_tables.hpp"
#include "math/ieee_bits.hpp"

namespace sc::math {
namespace {

using detail::DD;

constexpr double kSqrt2 = 0x1.6a09e667f3bcdp+0;
constexpr std::uint64_t kMantissaBits = 0x000FFFFFFFFFFFFFULL;
constexpr std::uint64_t kExponentOfOne = 0x3FF0000000000000ULL;

// Coefficients of (log(1+u) - u + u^2/2) / u^3 = 1/3 - u/4 + u^2/5 - ...; with |u| < 2^-7.4 the
// first omitted term (u^11/11) is below 2^-84 |u|.
constexpr double kL3 = 1.0 / 3.0;
constexpr double kL4 = -1.0 / 4.0;
constexpr double kL5 = 1.0 / 5.0;
constexpr double kL6 = -1.0 / 6.0;
constexpr double kL7 = 1.0 / 7.0;
constexpr double kL8 = -1.0 / 8.0;
constexpr double kL9 = 1.0 / 9.0;
constexpr double kL10 = -1.0 / 10.0;

struct Decomposed {
  int exponent;     // e
  double mantissa;  // m, sqrt(1/2) <= m < sqrt(2)
};

// x = 2^e m for finite x > 0; subnormals are scaled into the normal range first.
Decomposed decompose(double x) {
  int e = 0;
  if (x < 0x1p-1022) {
    x *= 0x1p54;
    e = -54;
  }
  const std::uint64_t bits = detail::to_bits(x);
  e += static_cast<int>(bits >> 52) - 1023;
  double m = detail::from_bits((bits & kMantissaBits) | kExponentOfOne);  // [1, 2)
  if (m >= kSqrt2) {
    m *= 0.5;
    ++e;
  }
  return {e, m};
}

// u = d / c as a double-double: the quotient plus its remainder (exact: Dekker) divided by c.
DD quotient(double d, double c) {
  const double q = d / c;
  const DD back = detail::two_prod(q, c);
  const double remainder = (d - back.hi) - back.lo;
  return {q, remainder / c};
}

}  // namespace

namespace detail {

DD log_kernel(double x) {
  const Decomposed p = decompose(x);
  const int k = static_cast<int>(p.mantissa * 128.0 + 0.5);  // 91 .. 181
  const double c = static_cast<double>(k) * 0x1p-7;
  const DD u = quotient(p.mantissa - c, c);
  const DD& log_c = kLogTable[k - kLogTableFirst];
  const double e = static_cast<double>(p.exponent);

  const DD sq = two_prod(u.hi, u.hi);
  const double uh = u.hi;
  const double cubic = uh * sq.hi * (kL3 + uh * (kL4 + uh * (kL5 + uh * (kL6 + uh * (kL7 + uh * (kL8 + uh * (kL9 + uh * kL10)))))));
  const DD s1 = two_sum(e * kLn2Hi, log_c.hi);
  const DD s2 = two_sum(s1.hi, uh);
  const DD s3 = two_sum(s2.hi, -0.5 * sq.hi);
  const double low = ((s1.lo + s2.lo) + s3.lo) + (e * kLn2Lo + log_c.lo) + ((u.lo - 0.5 * sq.lo) - uh * u.lo) + cubic;
  return two_sum(s3.hi, low);  // .hi is s3.hi + low, the one rounding of log
}

}  // namespace detail

double log(double x) {
  if (std::isnan(x)) return detail::quieted(x);
  if (x < 0.0) return detail::kInvalidNaN;
  if (x == 0.0) return detail::from_bits(0xFFF0000000000000ULL);  // -inf
  if (x > 0x1.fffffffffffffp1023) return x;                        // +inf
  return detail::log_kernel(x).hi;
}

}  // namespace sc::math
