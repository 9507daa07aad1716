// RECCYL, CYLREC, DRDCYL, DCYLDR (see cylindrical.hpp).
#include "math/coordinates/cylindrical.hpp"

#include <cmath>

#include "math/constants.hpp"
#include "math/orthogonal_inverse.hpp"
#include "math/trig.hpp"

namespace sc::math {

Cylindrical reccyl(const Vec3& rectan) {
  // Fortran MAX of the absolute values as f2c expands it: (a >= b ? a : b).
  const double ax = std::fabs(rectan[0]);
  const double ay = std::fabs(rectan[1]);
  const double big = ax >= ay ? ax : ay;
  Cylindrical out;
  out.z = rectan[2];
  if (big != 0.0) {
    const double x = rectan[0] / big;
    const double y = rectan[1] / big;
    out.r = big * std::sqrt(x * x + y * y);
    out.clon = atan2(y, x);
  }
  if (out.clon < 0.0) out.clon += twopi();
  return out;
}

Vec3 cylrec(double r, double clon, double z) { return {r * cos(clon), r * sin(clon), z}; }

Mat3 drdcyl(double r, double clon, double /*z*/) {
  Mat3 j{};
  j[0][0] = cos(clon);
  j[1][0] = sin(clon);
  j[2][0] = 0.0;
  j[0][1] = -sin(clon) * r;
  j[1][1] = cos(clon) * r;
  j[2][1] = 0.0;
  j[0][2] = 0.0;
  j[1][2] = 0.0;
  j[2][2] = 1.0;
  return j;
}

Result<Mat3> dcyldr(double x, double y, double z) {
  if (x == 0.0 && y == 0.0) {
    return make_error("SPICE(POINTONZAXIS)",
                      "The Jacobian of the transformation from rectangular to cylindrical coordinates is not "
                      "defined for points on the z-axis.");
  }
  const Cylindrical c = reccyl({x, y, z});
  return invert_orthogonal(drdcyl(c.r, c.clon, c.z));
}

}  // namespace sc::math
