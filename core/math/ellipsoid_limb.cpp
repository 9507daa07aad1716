// EDLIMB and edlimb_c (see ellipsoid.hpp), in EDLIMB's operation order.
#include <cmath>

#include "errors/number_text.hpp"
#include "math/ellipsoid.hpp"

namespace sc::math {

Result<Ellipse> edlimb(double a, double b, double c, const Vec3& viewpt, Dialect dialect) {
  const auto axes_text = [&] {
    return "A = " + number_text(a) + ", B = " + number_text(b) + ", C = " + number_text(c) + ". ";
  };
  if (a <= 0.0 || b <= 0.0 || c <= 0.0) {
    // The one difference between the two versions: edlimb_c's code for this check.
    return make_error(dialect == Dialect::cspice_c ? "SPICE(DEGENERATECASE)" : "SPICE(INVALIDAXISLENGTH)",
                      "Semi-axis lengths:  " + axes_text());
  }
  // Scale the ellipsoid to a largest semi-axis of 1 (Fortran MAX of the absolute values).
  const double ab = std::fabs(a) >= std::fabs(b) ? std::fabs(a) : std::fabs(b);
  const double scale = ab >= std::fabs(c) ? ab : std::fabs(c);
  const double scla = a / scale;
  const double sclb = b / scale;
  const double sclc = c / scale;
  const double scla2 = scla * scla;
  const double sclb2 = sclb * sclb;
  const double sclc2 = sclc * sclc;
  if (scla2 == 0.0 || sclb2 == 0.0 || sclc2 == 0.0) {
    return make_error("SPICE(DEGENERATECASE)", "Semi-axis too small:  " + axes_text());
  }
  const Vec3 v = vscl(1.0 / scale, viewpt);
  const double level = v[0] * v[0] / scla2 + v[1] * v[1] / sclb2 + v[2] * v[2] / sclc2;
  if (level < 1.0) return make_error("SPICE(DEGENERATECASE)", "Viewing point is inside the ellipsoid.");
  // The limb lies in the polar plane of the viewpoint: <x, (v0/a^2, v1/b^2, v2/c^2)> = 1.
  const Vec3 normal{v[0] / scla2, v[1] / sclb2, v[2] / sclc2};
  SC_TRY_ASSIGN(const Plane lplane, nvc2pl(normal, 1.0));
  SC_TRY_ASSIGN(const std::optional<Ellipse> limb, inedpl(scla, sclb, sclc, lplane, dialect));
  if (!limb) {
    return make_error("SPICE(DEGENERATECASE)",
                      "Ellipsoid shape and viewing geometry are too extreme; the limb was not found.");
  }
  return Ellipse{vscl(scale, limb->center), vscl(scale, limb->smajor), vscl(scale, limb->sminor)};
}

}  // namespace sc::math
