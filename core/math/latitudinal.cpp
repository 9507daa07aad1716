// RECLAT, LATREC, DRDLAT, DLATDR (see latitudinal.hpp).
#include "math/latitudinal.hpp"

#include <cfloat>
#include <cmath>
#include <string>

#include "errors/number_text.hpp"
#include "math/trig.hpp"

namespace sc::math {
namespace {

// Fortran MAX as f2c expands it: (a >= b ? a : b).
double fmax2(double a, double b) { return a >= b ? a : b; }

// INVORT: the inverse of a matrix whose columns are orthogonal (not necessarily unit). Each column
// is made a unit vector (UNORM), divided once more by its length, and the result transposed; a
// zero column, or one too short to invert, is refused as INVORT refuses it.
Result<Mat3> invert_orthogonal(const Mat3& m) {
  Mat3 scaled{};  // column c of the scaled matrix is scaled[.][c]
  for (int c = 0; c < 3; ++c) {
    const Vec3 column{m[0][c], m[1][c], m[2][c]};
    const double length = vnorm(column);
    if (length == 0.0) {
      return make_error("SPICE(ZEROLENGTHCOLUMN)",
                        "Column " + std::to_string(c + 1) + " of the matrix to invert has a norm of zero.");
    }
    if (length < 1.0 && length * DBL_MAX < 1.0) {
      return make_error("SPICE(COLUMNTOOSMALL)", "The length of column " + std::to_string(c + 1) + " is " +
                                                     number_text(length) + "; it cannot be inverted.");
    }
    const Vec3 unit = vhat(column);
    const double scale = 1.0 / length;
    for (int r = 0; r < 3; ++r) scaled[r][c] = scale * unit[r];
  }
  return transpose(scaled);
}

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
