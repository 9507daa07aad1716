// GEOREC (see geodetic.hpp).
#include "math/geodetic.hpp"

#include <cmath>

#include "errors/number_text.hpp"
#include "math/ellipsoid.hpp"
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

}  // namespace sc::math
