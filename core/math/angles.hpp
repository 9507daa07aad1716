// SPICELIB's angle constants and the Fortran MOD its angle reductions use, computed as CSPICE
// computes them so angles keep CSPICE's bits. One definition for every layer: the PCK and
// text-PCK orientation, the SPK conic types, the inertial-frame table, frame angle units and the
// text-kernel number parser all take pi from here.
#pragma once

#include <cmath>

namespace sc::math {

// PI() is ACOS(-1), the double nearest pi; HALFPI() = PI/2, TWOPI() = 2*PI, RPD() = PI/180 and
// DPR() = 180/PI are formed from it in double arithmetic (halving and doubling are exact).
inline constexpr double kPi = 3.141592653589793;
inline constexpr double kHalfPi = kPi / 2.0;
inline constexpr double kTwoPi = 2.0 * kPi;
inline constexpr double kRadiansPerDegree = kPi / 180.0;
inline constexpr double kDegreesPerRadian = 180.0 / kPi;

// Fortran MOD(x, y) as f2c's libF77 d_mod computes it in CSPICE (the non-IEEE_drem branch):
// x - y * q with q = x / y truncated toward zero. Unlike std::fmod this is not exact: the product
// and the difference are rounded, and CSPICE's angles carry that rounding.
inline double fortran_mod(double x, double y) {
  double q = x / y;
  q = q >= 0 ? std::floor(q) : -std::floor(-q);
  return x - y * q;
}

}  // namespace sc::math
