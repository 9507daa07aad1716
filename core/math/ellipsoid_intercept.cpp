// SURFPT (see ellipsoid.hpp), in SURFPT's operation order (SPICELIB 1.4.0).
#include <cmath>

#include "errors/number_text.hpp"
#include "math/ellipsoid.hpp"

namespace sc::math {

Result<std::optional<Vec3>> surfpt(const Vec3& positn, const Vec3& u, double a, double b, double c) {
  if (vzero(u)) return make_error("SPICE(ZEROVECTOR)", "SURFPT: The input vector is the zero vector.");
  if (a <= 0.0 || b <= 0.0 || c <= 0.0) {
    return make_error("SPICE(BADAXISLENGTH)", "The A,B, and C axes were " + number_text(a) + ", " + number_text(b) +
                                                  ", and " + number_text(c) + " respectively.");
  }
  // Map the ellipsoid to the unit sphere; x is the ray's direction, y its vertex there.
  const Vec3 x{u[0] / a, u[1] / b, u[2] / c};
  const Vec3 y{positn[0] / a, positn[1] / b, positn[2] / c};
  // p: the component of y orthogonal to x (the ray's point nearest the origin, if the ray goes
  // that way); yproj: the component along x.
  const Vec3 p = vperp(y, x);
  const Vec3 yproj = vsub(y, p);
  const double ymag = vnorm(y);
  const double pmag = vnorm(p);
  const Vec3 ux = vhat(x);
  double sign = 1.0;
  if (ymag > 1.0) {
    // The vertex is outside: no intercept if the line misses the sphere or the ray points away.
    if (pmag > 1.0) return std::optional<Vec3>{};
    if (vdot(yproj, x) > 0.0) return std::optional<Vec3>{};
    if (pmag == 1.0) return std::optional<Vec3>{Vec3{p[0] * a, p[1] * b, p[2] * c}};
    sign = -1.0;
  } else if (ymag == 1.0) {
    return std::optional<Vec3>{positn};
  }
  // The half chord from p to the surface (Fortran MAX(0, 1 - pmag^2)).
  const double h = 1.0 - pmag * pmag;
  const double scale = std::sqrt(0.0 >= h ? 0.0 : h);
  const Vec3 point = vlcom(1.0, p, sign * scale, ux);
  return std::optional<Vec3>{Vec3{point[0] * a, point[1] * b, point[2] * c}};
}

}  // namespace sc::math
