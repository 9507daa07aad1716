// Error-free transformations (Knuth's TwoSum, Dekker's FastTwoSum, Veltkamp split, Dekker product)
// built from IEEE + - * only. No fused multiply-add is used or needed, so the results are the same
// bits on every IEEE-754 double implementation with round-to-nearest (native x86-64 and WASM).
// Internal to the sc::math transcendental functions.
#pragma once

namespace sc::math::detail {

// An unevaluated sum hi + lo with |lo| small next to |hi| (a "double-double").
struct DD {
  double hi;
  double lo;
};

// a + b exactly as hi + lo, when |a| >= |b| (or a == 0). 3 operations.
inline DD fast_two_sum(double a, double b) {
  const double s = a + b;
  const double e = b - (s - a);
  return {s, e};
}

// a + b exactly as hi + lo, whatever the magnitudes. 6 operations.
inline DD two_sum(double a, double b) {
  const double s = a + b;
  const double bb = s - a;
  const double e = (a - (s - bb)) + (b - bb);
  return {s, e};
}

// Veltkamp: a = hi + lo with hi and lo each of at most 26 significant bits, so that products of
// halves are exact. Valid for |a| < 2^996 (a * (2^27 + 1) must not overflow).
inline DD split(double a) {
  constexpr double kSplitter = 134217729.0;  // 2^27 + 1
  const double t = kSplitter * a;
  const double hi = t - (t - a);
  return {hi, a - hi};
}

// a * b exactly as hi + lo (Dekker), for |a|, |b| < 2^996 and no underflow in the partial
// products (|a * b| well above 2^-969). 17 operations.
inline DD two_prod(double a, double b) {
  const double p = a * b;
  const DD as = split(a);
  const DD bs = split(b);
  const double e = ((as.hi * bs.hi - p) + as.hi * bs.lo + as.lo * bs.hi) + as.lo * bs.lo;
  return {p, e};
}

}  // namespace sc::math::detail
