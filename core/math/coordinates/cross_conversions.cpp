// cyllat_c, cylsph_c, latcyl_c, latsph_c, sphcyl_c, sphlat_c (see cross_conversions.hpp).
#include "math/coordinates/cross_conversions.hpp"

#include <cmath>

#include "math/constants.hpp"
#include "math/trig.hpp"

namespace sc::math {
namespace {

// MaxAbs (SpiceZmc.h): (|a| >= |b| ? |a| : |b|).
double max_abs(double a, double b) { return std::fabs(a) >= std::fabs(b) ? std::fabs(a) : std::fabs(b); }

}  // namespace

Latitudinal cyllat(double r, double clon, double z) {
  const double big = max_abs(r, z);
  double rho = 0.0;
  if (big > 0.0) {
    const double x = r / big;
    const double y = z / big;
    rho = big * std::sqrt(x * x + y * y);
  }
  Latitudinal out;
  out.radius = rho;
  out.lon = clon;
  out.lat = rho == 0.0 ? 0.0 : atan2(z, r);
  return out;
}

Spherical cylsph(double r, double clon, double z) {
  const double big = max_abs(r, z);
  Spherical out;
  out.lon = clon;
  if (big != 0.0) {
    const double x = r / big;
    const double y = z / big;
    out.radius = big * std::sqrt(x * x + y * y);
    out.colat = atan2(r, z);
  }
  return out;
}

Cylindrical latcyl(double radius, double lon, double lat) {
  Cylindrical out;
  out.r = radius * cos(lat);
  out.clon = lon;
  out.z = radius * sin(lat);
  return out;
}

Spherical latsph(double radius, double lon, double lat) {
  Spherical out;
  out.radius = radius;
  out.colat = halfpi() - lat;
  out.lon = lon;
  return out;
}

Cylindrical sphcyl(double radius, double colat, double lon) {
  Cylindrical out;
  out.r = radius * sin(colat);
  out.clon = lon;
  out.z = radius * cos(colat);
  return out;
}

Latitudinal sphlat(double radius, double colat, double lon) {
  Latitudinal out;
  out.radius = radius;
  out.lon = lon;
  out.lat = halfpi() - colat;
  return out;
}

}  // namespace sc::math
