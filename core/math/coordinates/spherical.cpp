// RECSPH, SPHREC, DRDSPH, DSPHDR (see spherical.hpp).
#include "math/coordinates/spherical.hpp"

#include <cmath>

#include "math/orthogonal_inverse.hpp"
#include "math/trig.hpp"

namespace sc::math {
namespace {

// Fortran MAX as f2c expands it: (a >= b ? a : b).
double fmax2(double a, double b) { return a >= b ? a : b; }

}  // namespace

Spherical recsph(const Vec3& rectan) {
  const double big = fmax2(fmax2(std::fabs(rectan[0]), std::fabs(rectan[1])), std::fabs(rectan[2]));
  if (!(big > 0.0)) return Spherical{};
  const double x = rectan[0] / big;
  const double y = rectan[1] / big;
  const double z = rectan[2] / big;
  Spherical out;
  out.radius = big * std::sqrt(x * x + y * y + z * z);
  out.colat = atan2(std::sqrt(x * x + y * y), z);
  out.lon = rectan[0] == 0.0 && rectan[1] == 0.0 ? 0.0 : atan2(rectan[1], rectan[0]);
  return out;
}

Vec3 sphrec(double radius, double colat, double lon) {
  return {radius * cos(lon) * sin(colat), radius * sin(lon) * sin(colat), radius * cos(colat)};
}

Mat3 drdsph(double radius, double colat, double lon) {
  const double ccolat = cos(colat);
  const double scolat = sin(colat);
  const double clon = cos(lon);
  const double slon = sin(lon);
  Mat3 j{};
  j[0][0] = clon * scolat;
  j[1][0] = slon * scolat;
  j[2][0] = ccolat;
  j[0][1] = radius * clon * ccolat;
  j[1][1] = radius * slon * ccolat;
  j[2][1] = -radius * scolat;
  j[0][2] = -radius * slon * scolat;
  j[1][2] = radius * clon * scolat;
  j[2][2] = 0.0;
  return j;
}

Result<Mat3> dsphdr(double x, double y, double z) {
  if (x == 0.0 && y == 0.0) {
    return make_error("SPICE(POINTONZAXIS)",
                      "The Jacobian of the transformation from rectangular to spherical coordinates is not "
                      "defined for points on the z-axis.");
  }
  const Spherical s = recsph({x, y, z});
  return invert_orthogonal(drdsph(s.radius, s.colat, s.lon));
}

}  // namespace sc::math
