// The handful of Fortran intrinsics and SPICELIB helpers the time routines are written in terms of
// (AINT, ANINT, NINT, INT, RMAIND, RMAINI, LSTLED/LSTLEI). CSPICE is machine-translated Fortran, so
// its results depend on these exact definitions: ANINT rounds halves away from zero through
// floor(x + 0.5), which is not std::round for 0.49999999999999994. Conversions to integers
// saturate instead of overflowing, so NaN or huge inputs give a defined (if meaningless) value.
#pragma once

#include <cmath>
#include <cstdint>
#include <span>

namespace sc::time::detail {

// AINT: truncation toward zero.
inline double aint(double x) { return x > 0.0 ? std::floor(x) : -std::floor(-x); }

// ANINT: nearest whole number, halves away from zero, computed as libf2c's d_nint does.
inline double anint(double x) { return x >= 0.0 ? std::floor(x + 0.5) : -std::floor(0.5 - x); }

// A double that is already whole, as an int64; NaN and values out of range saturate.
inline std::int64_t saturate(double whole) {
  constexpr double kLimit = 9.0e18;
  if (std::isnan(whole)) return 0;
  if (whole >= kLimit) return static_cast<std::int64_t>(kLimit);
  if (whole <= -kLimit) return -static_cast<std::int64_t>(kLimit);
  return static_cast<std::int64_t>(whole);
}

// Fortran INT (truncation) and NINT (nearest, halves away from zero) to an integer.
inline std::int64_t int_of(double x) { return saturate(aint(x)); }
inline std::int64_t nint(double x) { return saturate(anint(x)); }

// RMAIND: quotient rounded toward minus infinity and the non-negative remainder, with SPICELIB's
// operation order (the remainder is num - q*denom, then corrected once).
struct DoubleDivision {
  double quotient;
  double remainder;
};
inline DoubleDivision rmaind(double num, double denom) {
  double q = aint(num / denom);
  double rem = num - q * denom;
  if (rem < 0.0) {
    q -= 1.0;
    rem += denom;
  }
  return {q, rem};
}

// RMAINI: the integer version, for a positive denominator.
struct IntDivision {
  std::int64_t quotient;
  std::int64_t remainder;
};
constexpr IntDivision rmaini(std::int64_t num, std::int64_t denom) {
  std::int64_t q = num / denom;
  std::int64_t rem = num - q * denom;
  if (rem < 0) {
    q -= 1;
    rem += denom;
  }
  return {q, rem};
}

// LSTLED / LSTLEI: the 1-based index of the last element <= x in an ascending table, 0 if none.
template <class T>
std::size_t last_at_most(T x, std::span<const T> table) {
  std::size_t count = 0;
  while (count < table.size() && table[count] <= x) ++count;
  return count;
}

// LSTLTI: the 1-based index of the last element < x, 0 if none.
template <class T>
std::size_t last_below(T x, std::span<const T> table) {
  std::size_t count = 0;
  while (count < table.size() && table[count] < x) ++count;
  return count;
}

}  // namespace sc::time::detail
