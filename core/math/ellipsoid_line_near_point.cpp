// NPEDLN and npedln_c (see ellipsoid.hpp), in NPEDLN's operation order.
#include <cmath>

#include "errors/number_text.hpp"
#include "math/ellipsoid.hpp"

namespace sc::math {

Result<PointAndDistance> npedln(double a, double b, double c, const Vec3& linept, const Vec3& linedr,
                                Dialect dialect) {
  // UNORM.
  const double mag = vnorm(linedr);
  if (mag == 0.0) return make_error("SPICE(ZEROVECTOR)", "Line direction vector is the zero vector. ");
  const Vec3 udir{linedr[0] / mag, linedr[1] / mag, linedr[2] / mag};
  const auto axes_text = [&] {
    return "A = " + number_text(a) + ", B = " + number_text(b) + ", C = " + number_text(c) + ". ";
  };
  if (a <= 0.0 || b <= 0.0 || c <= 0.0) {
    return make_error("SPICE(INVALIDAXISLENGTH)", "Semi-axis lengths: " + axes_text());
  }
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
  const Vec3 sclpt{linept[0] / scale, linept[1] / scale, linept[2] / scale};

  // A line that meets the ellipsoid: the first intercept along +udir, else along -udir.
  SC_TRY_ASSIGN(const std::optional<Vec3> hit1, surfpt(sclpt, udir, scla, sclb, sclc));
  SC_TRY_ASSIGN(const std::optional<Vec3> hit2, surfpt(sclpt, vminus(udir), scla, sclb, sclc));
  for (const auto* hit : {&hit1, &hit2}) {
    if (*hit) return PointAndDistance{vscl(scale, **hit), 0.0};
  }

  // Otherwise the nearest point lies on the candidate ellipse: the points where the normal is
  // orthogonal to the line, the ellipsoid's cut by the plane <x, (u0/a^2, u1/b^2, u2/c^2)> = 0.
  const Vec3 normal{udir[0] / scla2, udir[1] / sclb2, udir[2] / sclc2};
  SC_TRY_ASSIGN(const Plane candpl, nvc2pl(normal, 0.0));
  SC_TRY_ASSIGN(const std::optional<Ellipse> cand, inedpl(scla, sclb, sclc, candpl, dialect));
  if (!cand) return make_error("SPICE(DEGENERATECASE)", "Candidate ellipse could not be found.");
  // Project the candidate ellipse and the line onto the plane orthogonal to the line, find the
  // nearest point there, and lift it back onto the candidate plane.
  SC_TRY_ASSIGN(const Plane prjpl, nvc2pl(udir, 0.0));
  SC_TRY_ASSIGN(const Ellipse prjel, pjelpl(*cand, prjpl, dialect));
  SC_TRY_ASSIGN(const Vec3 prjpt, vprjp(sclpt, prjpl, dialect));
  SC_TRY_ASSIGN(const PointAndDistance prjnear, npelpt(prjpt, prjel));
  SC_TRY_ASSIGN(const std::optional<Vec3> pnear, vprjpi(prjnear.pnear, prjpl, candpl, dialect));
  if (!pnear) return make_error("SPICE(DEGENERATECASE)", "Inverse projection could not be found.");
  return PointAndDistance{vscl(scale, *pnear), scale * prjnear.dist};
}

}  // namespace sc::math
