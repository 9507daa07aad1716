// The Stumpff functions C0 .. C3 of the universal-variable two-body formulation, computed as
// SPICELIB's STMP03 does (N0067): for x < -1 from cosh/sinh of sqrt(-x), for x > 1 from cos/sin
// of sqrt(x), otherwise from the Maclaurin series of C2 and C3 in nested form with the
// coefficients 1/(i(i+1)) and the recursions C1 = 1 - x C3, C0 = 1 - x C2. The order of every
// operation is STMP03's, and the elementary functions are sc::math's, so results are the same
// bits on both backends.
#pragma once

#include "errors/result.hpp"

namespace sc::math {

struct Stumpff {
  double c0;
  double c1;
  double c2;
  double c3;
};

// SPICE(VALUEOUTOFRANGE) for x <= -(ln 2 + ln DPMAX)^2 (about -5.0e5), where cosh(sqrt(-x))
// overflows. (A NaN passes that test, as in STMP03, and gives NaNs.)
Result<Stumpff> stumpff(double x);

}  // namespace sc::math
