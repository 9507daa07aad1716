// Reduction of a non-negative angle modulo pi/2: ax = N * pi/2 + r with |r| <= pi/4 (a hair more
// on the medium path), r returned as a double-double accurate to far better than a double, and
// N mod 4 (the quadrant). Internal to the sc::math trig functions; declared here so the unit
// tests can check the two reduction paths against each other.
#pragma once

#include "math/double_double.hpp"

namespace sc::math::detail {

struct ReducedAngle {
  int quadrant;  // N mod 4, in 0..3
  DD r;          // ax - N * pi/2
};

// Below this, Cody-Waite with a three-piece pi/2 is exact enough; above, Payne-Hanek.
inline constexpr double kMediumReductionLimit = 0x1p20;

// Cody-Waite: for 0 <= ax < kMediumReductionLimit.
ReducedAngle reduce_medium(double ax);

// Payne-Hanek with 192 bits of 2/pi from the table: for finite ax >= 1 (any size).
ReducedAngle reduce_large(double ax);

// Picks the path by size. ax finite and >= 0.
inline ReducedAngle reduce_pio2(double ax) {
  return ax < kMediumReductionLimit ? reduce_medium(ax) : reduce_large(ax);
}

}  // namespace sc::math::detail
