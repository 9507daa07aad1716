// GEOREC, RECGEO, DRDGEO, DGEODR (see geodetic.hpp).
#include "math/geodetic.hpp"

#include <cmath>

#include "errors/number_text.hpp"
#include "math/ellipsoid.hpp"
#include "math/latitudinal.hpp"
#include "math/orthogonal_inverse.hpp"
#include "math/trig.hpp"

namespace sc::math {

Result<Vec3> georec(double lon, double lat, double alt, double re, double f) {
  if (re <= 0.0) return make_error("SPICE(VALUEOUTOFRANGE)", "Equatorial radius was " + number_text(re) + ".");
  if (f >= 1.0) return make_error("SPICE(VALUEOUTOFRANGE)", "Flattening coefficient was " + number_text(f) + ".");
  const double rp = re - f * re;
  const double cphi = cos(lat);
  const double sphi = sin(lat);
  const double clmbda = cos(lon);
  const double slmbda = sin(lon);

  // The surface point whose normal has latitude `lat`: (re^2 cos(lat), rp^2 sin(lat)) divided by
  // sqrt((re cos(lat))^2 + (rp sin(lat))^2), the terms divided by the larger first so the square
  // root stays in range (Fortran MAX as f2c expands it).
  const double ax = std::fabs(re * cphi);
  const double ay = std::fabs(rp * sphi);
  const double big = ax >= ay ? ax : ay;
  const double x = re * cphi / big;
  const double y = rp * sphi / big;
  const double scale = 1.0 / (big * std::sqrt(x * x + y * y));
  const Vec3 base{scale * re * re * clmbda * cphi, scale * re * re * slmbda * cphi, scale * rp * rp * sphi};

  // Then up the normal by the altitude.
  SC_TRY_ASSIGN(const Vec3 normal, surfnm(re, re, rp, base));
  return vlcom(1.0, base, alt, normal);
}

Result<Geodetic> recgeo(const Vec3& rectan, double re, double f) {
  if (re <= 0.0) return make_error("SPICE(VALUEOUTOFRANGE)", "Equatorial radius was " + number_text(re) + ".");
  if (f >= 1.0) return make_error("SPICE(VALUEOUTOFRANGE)", "Flattening coefficient was " + number_text(f) + ".");
  const double a = re;
  const double c = re - f * re;
  SC_TRY_ASSIGN(const NearPoint near, nearpt(rectan, a, a, c));
  SC_TRY_ASSIGN(const Vec3 normal, surfnm(a, a, c, near.npoint));
  Geodetic out;
  out.lat = reclat(normal).lat;
  // RECGEO (since 2016) takes the longitude from the input point, not from the normal.
  out.lon = rectan[0] == 0.0 && rectan[1] == 0.0 ? 0.0 : atan2(rectan[1], rectan[0]);
  out.alt = near.alt;
  return out;
}

Result<Mat3> drdgeo(double lon, double lat, double alt, double re, double f) {
  if (f >= 1.0) return make_error("SPICE(VALUEOUTOFRANGE)", "Flattening coefficient was " + number_text(f) + ".");
  if (re <= 0.0) return make_error("SPICE(BADRADIUS)", "Equatorial Radius <= 0.0D0. RE = " + number_text(re));
  const double clat = cos(lat);
  const double clon = cos(lon);
  const double slat = sin(lat);
  const double slon = sin(lon);
  // x = (alt + re/g) cos(lon) cos(lat), y = (alt + re/g) sin(lon) cos(lat),
  // z = (alt + re (1-f)^2 / g) sin(lat), with g = sqrt(cos^2(lat) + (1-f)^2 sin^2(lat)).
  const double flat = 1.0 - f;
  const double flat2 = flat * flat;
  const double g = std::sqrt(clat * clat + flat2 * slat * slat);
  const double g2 = g * g;
  const double dgdlat = (flat2 - 1.0) * slat * clat / g;
  Mat3 j{};
  j[0][0] = -(alt + re / g) * slon * clat;
  j[1][0] = (alt + re / g) * clon * clat;
  j[2][0] = 0.0;
  j[0][1] = -re * dgdlat / g2 * clon * clat - (alt + re / g) * clon * slat;
  j[1][1] = -re * dgdlat / g2 * slon * clat - (alt + re / g) * slon * slat;
  j[2][1] = -flat2 * re * dgdlat / g2 * slat + (alt + flat2 * re / g) * clat;
  j[0][2] = clon * clat;
  j[1][2] = slon * clat;
  j[2][2] = slat;
  return j;
}

Result<Mat3> dgeodr(double x, double y, double z, double re, double f) {
  if (f >= 1.0) return make_error("SPICE(VALUEOUTOFRANGE)", "Flattening coefficient was " + number_text(f) + ".");
  if (re <= 0.0) return make_error("SPICE(BADRADIUS)", "Equatorial Radius <= 0.0D0. RE = " + number_text(re));
  if (x == 0.0 && y == 0.0) {
    return make_error("SPICE(POINTONZAXIS)",
                      "The Jacobian of the transformation from rectangular to geodetic coordinates is not defined "
                      "for points on the z-axis.");
  }
  SC_TRY_ASSIGN(const Geodetic g, recgeo({x, y, z}, re, f));
  SC_TRY_ASSIGN(const Mat3 forward, drdgeo(g.lon, g.lat, g.alt, re, f));
  return invert_orthogonal(forward);
}

}  // namespace sc::math
