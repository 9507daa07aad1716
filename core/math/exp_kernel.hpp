// The kernels shared by exp, sinh, cosh and pow (internal): e^x as a double-double mantissa times a
// power of two, and log x as a double-double, before any rounding, so callers can combine them with
// other terms and round once.
#pragma once

#include "math/double_double.hpp"

namespace sc::math::detail {

// e^x = (v.hi + v.lo) * 2^scale with 2^(-1/128) <= v < 2^(127/128) (so 0.99 < v.hi < 1.995) and
// a relative error below 2^-68. Valid for finite |x| <= 746 (the reduction's products are exact
// there).
struct ScaledDD {
  DD v;
  int scale;
};
ScaledDD exp_kernel(double x);

// v * 2^e with a single rounding (exact unless the result is subnormal, overflows or underflows),
// for |e| <= 2 * 1023.
double scale_by_power_of_two(double v, int e);

// (v.hi + v.lo) * 2^e rounded once into the subnormals, for a positive normalised v with
// 0.99 < v.hi < 2 and e <= -1022 (exp's results below 2^-1022).
double scaled_into_subnormals(DD v, int e);

// log x as a normalised double-double with a relative error below 2^-68, for finite x > 0 (the
// value log() rounds: log(x) == log_kernel(x).hi).
DD log_kernel(double x);

}  // namespace sc::math::detail
