// Polynomial interpolation as SPICELIB does it (N0067), each routine with its exact operation
// order so results carry CSPICE's bits:
//   lagrange            LGRINT  Neville's recursion over arbitrary abscissas
//   lagrange_with_derivative LGRIND  Neville's recursion for the value and its derivative
//   lagrange_equal_step LGRESP  the same over FIRST, FIRST + STEP, ... after mapping x to
//                               (x - FIRST)/STEP + 1, so the abscissas become 1, 2, ..., n
//   hermite             HRMINT  Hermite (values and first derivatives at each abscissa), giving
//                               the interpolant and its derivative at x
//   hermite_equal_step  HRMESP  the same over equally spaced abscissas (derivatives scaled by
//                               STEP on the way in, the result's by 1/STEP on the way out)
// Used by SPK types 8, 9, 12, 13, 18, 19 and CK types 5 and 6.
#pragma once

#include <span>

#include "errors/result.hpp"

namespace sc::math {

struct ValueAndDerivative {
  double value;
  double derivative;
};

// LGRINT: the polynomial through (xs[i], ys[i]) at x. xs and ys have the same, non-zero size.
// SPICE(INVALIDSIZE) for no points; SPICE(DIVIDEBYZERO) when two abscissas are equal.
Result<double> lagrange(std::span<const double> xs, std::span<const double> ys, double x);

// LGRIND: the polynomial through (xs[i], ys[i]) and its derivative at x (CK type 5 and 6 quaternions).
// SPICE(INVALIDSIZE) for no points; SPICE(DIVIDEBYZERO) when two abscissas are equal.
Result<ValueAndDerivative> lagrange_with_derivative(std::span<const double> xs, std::span<const double> ys, double x);

// LGRESP: the polynomial through (first + i*step, ys[i]) at x.
// SPICE(INVALIDSIZE) for no points; SPICE(INVALIDSTEPSIZE) for step = 0.
Result<double> lagrange_equal_step(std::span<const double> ys, double first, double step, double x);

// HRMINT: `values_and_derivatives` holds 2n numbers f(x1), f'(x1), f(x2), f'(x2), ...; xs the n
// abscissas. SPICE(INVALIDSIZE) for n = 0 or a size mismatch; SPICE(DIVIDEBYZERO) for equal
// abscissas.
Result<ValueAndDerivative> hermite(std::span<const double> xs, std::span<const double> values_and_derivatives,
                                   double x);

// HRMESP: as hermite() with xs = first, first + step, ... (n = values_and_derivatives.size()/2).
// SPICE(INVALIDSIZE) for no points or an odd size; SPICE(INVALIDSTEPSIZE) for step = 0.
Result<ValueAndDerivative> hermite_equal_step(std::span<const double> values_and_derivatives, double first,
                                              double step, double x);

}  // namespace sc::math
