// Kernels of the sc::math trig functions on a reduced argument, each returning a normalised
// double-double (|lo| <= ulp(hi)/2) whose error is a tiny fraction of an ulp of the result, so
// that rounding hi + lo once gives the correctly rounded value except in rare hard cases (and
// never more than ~0.5 ulp + epsilon off).
// Internal; the public functions live in trig.hpp.
#pragma once

#include "math/double_double.hpp"

namespace sc::math::detail {

// sin(r) and cos(r) for r = r.hi + r.lo, |r.hi| <= pi/4 * (1 + 2^-40).
DD sin_kernel(DD r);
DD cos_kernel(DD r);

struct SinCos {
  DD sin;
  DD cos;
};
SinCos sin_cos_kernel(DD r);

// atan(a + a_lo) for 0 <= a <= 1 and |a_lo| <= 2^-52 a (a_lo: the low part of a quotient).
DD atan_kernel(double a, double a_lo);

}  // namespace sc::math::detail
