// Cylindrical coordinates (r, clon, z): distance from the z-axis, longitude in [0, 2 pi), height
// above the x-y plane. SPICELIB's RECCYL, CYLREC, DRDCYL and DCYLDR (the C wrappers reccyl_c and
// cylrec_c compute the same expressions in the same order).
#pragma once

#include "errors/result.hpp"
#include "math/rotation.hpp"
#include "math/vector_ops.hpp"

namespace sc::math {

struct Cylindrical {
  double r = 0;     // distance from the z-axis
  double clon = 0;  // radians, [0, 2 pi); 0 on the z-axis
  double z = 0;     // height above the x-y plane
};

// RECCYL: x and y scaled by the larger of |x|, |y| before the square root; the longitude is atan2
// of the scaled components, moved into [0, 2 pi).
Cylindrical reccyl(const Vec3& rectan);

// CYLREC: (r cos(clon), r sin(clon), z).
Vec3 cylrec(double r, double clon, double z);

// DRDCYL: d(x, y, z) / d(r, clon, z), row-major (row = x, y, z).
Mat3 drdcyl(double r, double clon, double z);

// DCYLDR: d(r, clon, z) / d(x, y, z), DRDCYL inverted by INVORT at RECCYL's coordinates of the
// point. SPICE(POINTONZAXIS) when x = y = 0.
Result<Mat3> dcyldr(double x, double y, double z);

}  // namespace sc::math
