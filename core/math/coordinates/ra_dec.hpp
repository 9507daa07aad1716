// Range, right ascension and declination: CSPICE's recrad_c (reclat_c with the longitude moved into
// [0, 2 pi)) and radrec_c (latrec_c).
#pragma once

#include "math/vector_ops.hpp"

namespace sc::math {

struct RaDec {
  double range = 0;  // distance from the origin
  double ra = 0;     // right ascension, radians, [0, 2 pi)
  double dec = 0;    // declination, radians, [-pi/2, pi/2]
};

// recrad_c: all 0 for the zero vector.
RaDec recrad(const Vec3& rectan);

// radrec_c: latrec_c(range, ra, dec).
Vec3 radrec(double range, double ra, double dec);

}  // namespace sc::math
