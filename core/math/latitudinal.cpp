// RECLAT, LATREC, DRDLAT, DLATDR (see latitudinal.hpp).
#include "math/latitudinal.hpp"

#include <cmath>
#include <string>

#include "math/orthogonal_inverse.hpp"
#include "math/trig.hpp"

namespace sc::math {
namespace {

// Fortran MAX as f2c expands it: (a >= b ? a : b).
double fmax2(double a, double b) { return a >= b ? a : b; }

}  // namespace

Latitudinal reclat(const Vec3& rectan) {
  const double big = fmax2(fmax2(std::fabs(rectan[0]), std::fabs(rectan[1])), std::fabs(rectan[2]));
  if (!(big > 0.0)) return Latitudinal{};
  const double x = rectan[0] / big;
  const double y = rectan[1] / big;
  const double z = rectan[2] / big;
  Latitudinal out;
  out.radius = big * std::sqrt(x * x + y * y + z * z);
  out.lat = atan2(z, std::sqrt(x * x + y * y));
  // The longitude comes from the unscaled components; 0 on the z-axis.
  out.lon = rectan[0] == 0.0 && rectan[1] == 0.0 ? 0.0 : atan2(rectan[1], rectan[0]);
  return out;
}

Latitudinal reclat_c(const Vec3& rectan) {
  // MaxAbs as SpiceZmc.h defines it: (|a| >= |b| ? |a| : |b|), the same choice as Fortran MAX.
  const double vmax = fmax2(std::fabs(rectan[0]), fmax2(std::fabs(rectan[1]), std::fabs(rectan[2])));
  if (!(vmax > 0.0)) return Latitudinal{};
  const double x1 = rectan[0] / vmax;
  const double y1 = rectan[1] / vmax;
  const double z1 = rectan[2] / vmax;
  Latitudinal out;
  out.radius = vmax * std::sqrt(x1 * x1 + y1 * y1 + z1 * z1);
  out.lat = atan2(z1, std::sqrt(x1 * x1 + y1 * y1));
  // Unlike RECLAT, reclat_c takes the longitude from the scaled components.
  out.lon = x1 == 0.0 && y1 == 0.0 ? 0.0 : atan2(y1, x1);
  return out;
}

Vec3 latrec(double radius, double lon, double lat) {
  return {radius * cos(lon) * cos(lat), radius * sin(lon) * cos(lat), radius * sin(lat)};
}

Mat3 drdlat(double radius, double lon, double lat) {
  const double clon = cos(lon);
  const double slon = sin(lon);
  const double clat = cos(lat);
  const double slat = sin(lat);
  Mat3 j{};
  j[0][0] = clon * clat;
  j[1][0] = slon * clat;
  j[2][0] = slat;
  j[0][1] = -radius * slon * clat;
  j[1][1] = radius * clon * clat;
  j[2][1] = 0.0;
  j[0][2] = -radius * clon * slat;
  j[1][2] = -radius * slon * slat;
  j[2][2] = radius * clat;
  return j;
}

Result<Mat3> dlatdr(double x, double y, double z) {
  if (x == 0.0 && y == 0.0) {
    return make_error("SPICE(POINTONZAXIS)",
                      "The Jacobian of the transformation from rectangular to latitudinal coordinates is not "
                      "defined for points on the z-axis.");
  }
  const Latitudinal l = reclat({x, y, z});
  return invert_orthogonal(drdlat(l.radius, l.lon, l.lat));
}

}  // namespace sc::math
