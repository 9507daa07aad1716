// atan on [0, 1] by table look-up and a short series: with c = k/64 the table point nearest a,
//    atan(a) = atan(c) + atan(t),   t = (a - c) / (1 + a c),   |t| <= 1/128,
// atan(c) stored as a double-double (trig_tables.hpp). a - c is exact (Sterbenz), 1 + a c and the
// quotient are carried as double-doubles (Dekker products), since t can be as large as the result
// itself for small k and a rounded t would cost up to an ulp. What is left in plain doubles, the
// t^3 series tail, is below 2^-14 of the result, so the double-double sum is within a small
// fraction of an ulp.
#include <cstddef>

#include "math/trig_kernels.hpp"
#include "math/trig_tables.hpp"

namespace sc::math::detail {
namespace {

// atan t = t + t^3 (A3 + t^2 (A5 + t^2 (A7 + t^2 A9))); with t^2 <= 2^-14 the first omitted term,
// t^11/11, is below 2^-73 |t|.
constexpr double kAtan3 = -1.0 / 3.0;
constexpr double kAtan5 = 1.0 / 5.0;
constexpr double kAtan7 = -1.0 / 7.0;
constexpr double kAtan9 = 1.0 / 9.0;

// atan(t + tl) - t for |t| <= 2^-7, |tl| <= 2^-52 |t| (d/dt atan = 1 - t^2 + ...: tl enters to
// first order only).
double atan_rest(double t, double tl) {
  const double z = t * t;
  return tl + t * z * (kAtan3 + z * (kAtan5 + z * (kAtan7 + z * kAtan9)));
}

}  // namespace

DD atan_kernel(double a, double a_lo) {
  const auto k = static_cast<std::size_t>(a * 64.0 + 0.5);
  if (k == 0) return fast_two_sum(a, atan_rest(a, a_lo));

  const double c = static_cast<double>(k) * 0x1p-6;
  const double num = a - c;  // exact: a is within a factor 2 of c for k >= 1
  // den = 1 + a c + a_lo c as a double-double (a c is exact as ac.hi + ac.lo).
  const DD ac = two_prod(a, c);
  const DD den_head = fast_two_sum(1.0, ac.hi);
  const double den_lo = den_head.lo + ac.lo + a_lo * c;
  // t = (num + a_lo) / den: one division, then its remainder, computed exactly, corrects it.
  const double t = num / den_head.hi;
  const DD back = two_prod(t, den_head.hi);
  const double remainder = ((num - back.hi) - back.lo) + a_lo - t * den_lo;
  const double tl = remainder / den_head.hi;

  const AtanEntry& e = kAtanTable[k];
  const DD head = fast_two_sum(e.hi, t);  // atan(c) >= atan(1/64) > 1/128 >= |t|
  return fast_two_sum(head.hi, (head.lo + e.lo) + atan_rest(t, tl));
}

}  // namespace sc::math::detail
