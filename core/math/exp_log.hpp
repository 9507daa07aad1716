// exp, log, sinh, cosh and pow for the whole core, project-owned for the same reason as trig.hpp:
// glibc (native) and musl (WASM) do not return the same bits for every argument, so both backends
// call these instead. Each is evaluated in double-double arithmetic from IEEE + - * / only and
// rounded once, so results are correctly rounded except in rare hard cases (subnormal results of
// exp included) and never more than 1 ulp off; glibc's own exp, log, sinh and cosh are not (they
// misround about 1 in 1000 to 1 in 5 arguments). Never call std::exp & co. in the core.
#pragma once

namespace sc::math {

double exp(double x);   // +inf above ~709.78, +0 below ~-745.13
double log(double x);   // -inf at +-0, NaN for x < 0
double sinh(double x);  // odd; +-inf beyond ~710.48
double cosh(double x);  // even; +inf beyond ~710.48
// x^y (C99 Annex F special cases: pow(x, 0) = pow(1, y) = 1, NaN for a negative x and a
// non-integer y, signed zeros and infinities by the parity of an integer y).
double pow(double x, double y);

// x^y (C's pow, with its special cases: pow(x, +-0) = 1, pow(1, y) = 1, NaN for a negative x and
// a non-integer y, signed zeros and infinities as Annex F of C99 gives them). Otherwise
// e^(y log|x|) with log|x| a double-double (log_kernel) and the product y log|x| exact (Dekker),
// rounded once: correctly rounded except in rare hard cases and for subnormal results (rounded
// twice). SGP4 (CSPICE's pow_dd) is its user.
double pow(double x, double y);

}  // namespace sc::math
