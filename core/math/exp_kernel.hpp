// The kernel shared by exp, sinh and cosh (internal): e^x as a double-double mantissa times a
// power of two, before any rounding, so callers can combine it with other terms and round once.
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

}  // namespace sc::math::detail
