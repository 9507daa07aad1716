// sin and cos on |r| <= pi/4 by table look-up and short series: r = c + t with c = k/64 the nearest
// table point and |t| <= 1/128, then
//    sin(c + t) = sin c + sin c (cos t - 1) + cos c sin t
//    cos(c + t) = cos c + cos c (cos t - 1) - sin c sin t
// with sin c, cos c stored as double-doubles (trig_tables.hpp). The one large correction, the
// product of a table value and t, is formed exactly (Dekker); the remaining terms are at most
// 2^-15 of the result, so their double rounding errors stay near 2^-68 relative. The result is a
// double-double within a small fraction of an ulp, hence correctly rounded almost always. It is
// returned normalised (|lo| <= ulp(hi)/2): tan divides by it, and a quotient corrected by its
// remainder needs the divisor's hi to be the divisor to 2^-53.
#include <cstddef>

#include "math/trig_kernels.hpp"
#include "math/trig_tables.hpp"

namespace sc::math::detail {
namespace {

// Taylor coefficients, rounded to double. With t^2 <= 2^-14 the first omitted terms (t^11/11! in
// sin t, t^10/10! in cos t) are below 2^-98 |t| and 2^-91: far below anything that matters.
constexpr double kSin3 = -1.0 / 6.0;
constexpr double kSin5 = 1.0 / 120.0;
constexpr double kSin7 = -1.0 / 5040.0;
constexpr double kSin9 = 1.0 / 362880.0;
constexpr double kCos2 = -1.0 / 2.0;
constexpr double kCos4 = 1.0 / 24.0;
constexpr double kCos6 = -1.0 / 720.0;
constexpr double kCos8 = 1.0 / 40320.0;

// r (>= 0) split around its table point.
struct LocalExpansion {
  std::size_t k;    // table index: r ~ k/64
  double t;         // r.hi - k/64, exact
  double sin_rest;  // sin(t + r.lo) - t
  double cos_m1;    // cos(t + r.lo) - 1
};

LocalExpansion expand(double rh, double rl) {
  const auto k = static_cast<std::size_t>(rh * 64.0 + 0.5);
  // Exact: for k >= 1, rh is within a factor 2 of k/64 (Sterbenz's lemma).
  const double t = rh - static_cast<double>(k) * 0x1p-6;
  const double z = t * t;
  const double sin_poly = kSin3 + z * (kSin5 + z * (kSin7 + z * kSin9));
  const double cos_poly = kCos2 + z * (kCos4 + z * (kCos6 + z * kCos8));
  // rl is below 2^-53 rh: first order in rl is plenty (sin' = cos ~ 1, cos' = -sin ~ -t).
  const double sin_rest = rl + t * z * sin_poly;
  const double cos_m1 = z * cos_poly - rl * t;
  return {k, t, sin_rest, cos_m1};
}

DD sin_from(const LocalExpansion& p) {
  if (p.k == 0) return fast_two_sum(p.t, p.sin_rest);
  const SinCosEntry& e = kSinCosTable[p.k];
  const DD ct = two_prod(e.cos_hi, p.t);
  const DD head = fast_two_sum(e.sin_hi, ct.hi);  // |sin c| >= sin(1/64) > |cos c * t|
  const double small = (head.lo + ct.lo + e.sin_lo + e.cos_lo * p.t) + e.cos_hi * p.sin_rest;
  return fast_two_sum(head.hi, small + e.sin_hi * p.cos_m1);
}

DD cos_from(const LocalExpansion& p) {
  if (p.k == 0) return fast_two_sum(1.0, p.cos_m1);
  const SinCosEntry& e = kSinCosTable[p.k];
  const DD st = two_prod(e.sin_hi, p.t);
  const DD head = fast_two_sum(e.cos_hi, -st.hi);  // cos c >= cos(pi/4) > |sin c * t|
  const double small = (head.lo - st.lo + e.cos_lo - e.sin_lo * p.t) - e.sin_hi * p.sin_rest;
  return fast_two_sum(head.hi, small + e.cos_hi * p.cos_m1);
}

DD negated(DD v) { return {-v.hi, -v.lo}; }

}  // namespace

// sin is odd and cos even: work on |r| so that results are exactly symmetric.
DD sin_kernel(DD r) {
  if (r.hi < 0) return negated(sin_from(expand(-r.hi, -r.lo)));
  return sin_from(expand(r.hi, r.lo));
}

DD cos_kernel(DD r) {
  return r.hi < 0 ? cos_from(expand(-r.hi, -r.lo)) : cos_from(expand(r.hi, r.lo));
}

SinCos sin_cos_kernel(DD r) {
  const bool negative = r.hi < 0;
  const LocalExpansion p = negative ? expand(-r.hi, -r.lo) : expand(r.hi, r.lo);
  const DD s = sin_from(p);
  return {negative ? negated(s) : s, cos_from(p)};
}

}  // namespace sc::math::detail
