// The ellipse routines (see ellipses.hpp), each in the operation order of SPICELIB's routine;
// where CSPICE's C version differs (pjelpl_c, inedpl_c), `Dialect` selects it.
#include "math/ellipses.hpp"

#include <cmath>

#include "errors/number_text.hpp"
#include "math/angles.hpp"
#include "math/ellipsoid.hpp"
#include "math/trig.hpp"
#include "math/two_vector_frame.hpp"

namespace sc::math {
namespace {

using Vec2 = std::array<double, 2>;

// Fortran MAX and MIN as f2c expands them.
double fmax2(double a, double b) { return a >= b ? a : b; }
double fmin2(double a, double b) { return a <= b ? a : b; }

// VNORMG and VHATG of a 2-vector: scaled by the largest component before squaring.
double vnorm2(const Vec2& v) {
  double big = 0.0;
  for (const double x : v) {
    if (std::fabs(x) > big) big = std::fabs(x);
  }
  if (big == 0.0) return 0.0;
  double sum = 0.0;
  for (const double x : v) {
    const double s = x / big;
    sum += s * s;
  }
  return big * std::sqrt(sum);
}

Vec2 vhat2(const Vec2& v) {
  const double mag = vnorm2(v);
  if (mag > 0.0) return {v[0] / mag, v[1] / mag};
  return {0.0, 0.0};
}

// The real parts of RQUAD's roots of a x^2 + b x + c (a and b not both zero: DIAGS2 calls it with
// a = 1), in RQUAD's order and arithmetic.
std::array<double, 2> rquad_real(double a, double b, double c) {
  const double scale = fmax2(fmax2(std::fabs(a), std::fabs(b)), std::fabs(c));
  const bool zeroed = (a != 0.0 && a / scale == 0.0) || (b != 0.0 && b / scale == 0.0) || (c != 0.0 && c / scale == 0.0);
  const double sqr = zeroed ? a : a / scale;
  const double lin = zeroed ? b : b / scale;
  const double con = zeroed ? c : c / scale;
  if (sqr != 0.0) {
    const double discrm = lin * lin - sqr * 4.0 * con;
    if (discrm >= 0.0) {
      if (lin < 0.0) {
        const double r1 = (-lin + std::sqrt(discrm)) / (sqr * 2.0);
        return {r1, con / sqr / r1};
      }
      if (lin > 0.0) {
        const double r2 = (-lin - std::sqrt(discrm)) / (sqr * 2.0);
        return {con / sqr / r2, r2};
      }
      const double r1 = std::sqrt(discrm) / (sqr * 2.0);
      return {r1, -r1};
    }
    const double re = -lin / (sqr * 2.0);
    return {re, re};
  }
  const double r = -con / lin;
  return {r, r};
}

}  // namespace

Diagonal2 diags2(const std::array<std::array<double, 2>, 2>& symmat) {
  Diagonal2 out;
  if (symmat[0][1] == 0.0) {
    out.rotate = {{{1.0, 0.0}, {0.0, 1.0}}};
    out.diag = symmat;
    out.diag[1][0] = 0.0;
    return out;
  }
  // Scale the entries to at most 1; the eigenvalues are the roots of the characteristic polynomial.
  const double scale = fmax2(fmax2(std::fabs(symmat[0][0]), std::fabs(symmat[0][1])), std::fabs(symmat[1][1]));
  const double a = symmat[0][0] / scale;
  const double b = symmat[0][1] / scale;
  const double c = symmat[1][1] / scale;
  const auto roots = rquad_real(1.0, -(a + c), a * c - b * b);
  out.diag = {{{roots[0], 0.0}, {0.0, roots[1]}}};
  // The eigenvector of the first root, from whichever row of (S - root I) is better conditioned.
  if (std::fabs(out.diag[0][0] - a) >= std::fabs(out.diag[0][0] - c)) {
    const Vec2 e = vhat2({b, fmax2(out.diag[0][0] - a, std::fabs(b))});
    out.rotate = {{{e[1], e[0]}, {-e[0], e[1]}}};
    std::swap(out.diag[0][0], out.diag[1][1]);
  } else {
    const Vec2 e = vhat2({fmax2(out.diag[0][0] - c, std::fabs(b)), b});
    out.rotate = {{{e[0], -e[1]}, {e[1], e[0]}}};
  }
  out.diag[0][0] *= scale;
  out.diag[1][1] *= scale;
  return out;
}

SemiAxes saelgv(const Vec3& vec1, const Vec3& vec2) {
  // Scale both vectors by the larger length, then diagonalise the 2x2 matrix of their dot
  // products: its eigenvectors are the coefficients of the semi-axes.
  const double scale = fmax2(vnorm(vec1), vnorm(vec2));
  if (scale == 0.0) return SemiAxes{};
  const Vec3 t1{vec1[0] / scale, vec1[1] / scale, vec1[2] / scale};
  const Vec3 t2{vec2[0] / scale, vec2[1] / scale, vec2[2] / scale};
  std::array<std::array<double, 2>, 2> s{};
  s[0][0] = vdot(t1, t1);
  s[1][0] = vdot(t1, t2);
  s[0][1] = s[1][0];
  s[1][1] = vdot(t2, t2);
  const Diagonal2 d = diags2(s);
  const int major = std::fabs(d.diag[0][0]) >= std::fabs(d.diag[1][1]) ? 0 : 1;
  const int minor = 1 - major;
  const Vec3 smajor = vlcom(d.rotate[0][major], t1, d.rotate[1][major], t2);
  const Vec3 sminor = vlcom(d.rotate[0][minor], t1, d.rotate[1][minor], t2);
  return SemiAxes{vscl(scale, smajor), vscl(scale, sminor)};
}

Ellipse cgv2el(const Vec3& center, const Vec3& vec1, const Vec3& vec2) {
  const SemiAxes axes = saelgv(vec1, vec2);
  return Ellipse{center, axes.smajor, axes.sminor};
}

Result<Ellipse> pjelpl(const Ellipse& elin, const Plane& plane, Dialect dialect) {
  const Vec3 prjvc1 = vperp(elin.smajor, plane.normal, dialect);
  const Vec3 prjvc2 = vperp(elin.sminor, plane.normal, dialect);
  SC_TRY_ASSIGN(const Vec3 prjctr, vprjp(elin.center, plane, dialect));
  return cgv2el(prjctr, prjvc1, prjvc2);
}

Result<std::optional<Ellipse>> inedpl(double a, double b, double c, const Plane& plane, Dialect dialect) {
  if (a <= 0.0 || b <= 0.0 || c <= 0.0) {
    return make_error("SPICE(DEGENERATECASE)", "Semi-axes: A = " + number_text(a) + ",  B = " + number_text(b) +
                                                   ",  C = " + number_text(c) + ".");
  }
  if (dialect == Dialect::spicelib && vzero(plane.normal)) {
    return make_error("SPICE(INVALIDPLANE)", "Normal vector of the input PLANE is the zero vector.");
  }
  PointAndSpans psv = pl2psv(plane);
  // A plane farther from the origin than the largest semi-axis misses the ellipsoid.
  const double maxrad = fmax2(fmax2(std::fabs(a), std::fabs(b)), std::fabs(c));
  if (vnorm(psv.point) > maxrad) return std::optional<Ellipse>{};
  // Distort the problem so the ellipsoid becomes the unit sphere, cut the sphere, undo.
  const Vec3 dstort{1.0 / a, 1.0 / b, 1.0 / c};
  const Vec3 invdst{a, b, c};
  for (int i = 0; i < 3; ++i) {
    psv.point[i] = dstort[i] * psv.point[i];
    psv.span1[i] = dstort[i] * psv.span1[i];
    psv.span2[i] = dstort[i] * psv.span2[i];
  }
  SC_TRY_ASSIGN(const Plane dplane, psv2pl(psv.point, psv.span1, psv.span2));
  PointAndSpans circle = pl2psv(dplane);
  const double dist = vnorm(circle.point);
  if (dist > 1.0) return std::optional<Ellipse>{};
  // BRCKTD(1 - dist^2, 0, 1).
  double r2 = 1.0 - dist * dist;
  if (r2 < 0.0) r2 = 0.0;
  else if (r2 > 1.0) r2 = 1.0;
  const double rcircl = std::sqrt(r2);
  Vec3 vec1 = vscl(rcircl, circle.span1);
  Vec3 vec2 = vscl(rcircl, circle.span2);
  Vec3 center = circle.point;
  for (int i = 0; i < 3; ++i) {
    center[i] = invdst[i] * center[i];
    vec1[i] = invdst[i] * vec1[i];
    vec2[i] = invdst[i] * vec2[i];
  }
  return std::optional<Ellipse>{cgv2el(center, vec1, vec2)};
}

Result<EllipsePlaneIntersection> inelpl(const Ellipse& ellipse, const Plane& plane) {
  const Vec3 normal0 = plane.normal;
  const double inpcon = plane.constant;
  if (vzero(normal0)) return make_error("SPICE(INVALIDPLANE)", "Input SPICE plane has zero normal vector.");
  if (inpcon < 0.0) {
    return make_error("SPICE(INVALIDPLANE)", "Input SPICE plane has non-positive constant " + number_text(inpcon) +
                                                 ". Properly constructed SPICE planes always have non-negative "
                                                 "constants.");
  }
  const Vec3& center = ellipse.center;
  const Vec3& smajor = ellipse.smajor;
  const Vec3& sminor = ellipse.sminor;
  if (!vzero(sminor)) {
    const double sep = vsep(smajor, sminor);
    if (std::fabs(sep - kHalfPi) > 1e-9) {
      return make_error("SPICE(INVALIDELLIPSE)",
                        "Input SPICE ellipse has non-orthogonal semi-axes: (" + number_text(smajor[0]) + "," +
                            number_text(smajor[1]) + "," + number_text(smajor[2]) + ") and (" +
                            number_text(sminor[0]) + "," + number_text(sminor[1]) + "," + number_text(sminor[2]) +
                            "). Angular separation of these vectors is " + number_text(sep) +
                            " radians. Properly constructed SPICE ellipses always have orthogonal semi-axes.");
    }
  }
  EllipsePlaneIntersection out;
  if (vzero(smajor)) {
    // The ellipse is its center.
    if (vdot(center, normal0) == inpcon) out = {1, center, center};
    return out;
  }
  // Move the plane so the ellipse's center is the origin.
  const Vec3 point = vsub(pl2nvp(plane).point, center);
  SC_TRY_ASSIGN(const Plane trans, nvp2pl(normal0, point));
  const Vec3 normal = trans.normal;
  const double constant = trans.constant;
  // The ellipse point at angle t is in the plane where cos(t) v[0] + sin(t) v[1] = constant.
  const Vec2 v{vdot(smajor, normal), vdot(sminor, normal)};
  if (v[0] == 0.0 && v[1] == 0.0) {
    out.nxpts = constant == 0.0 ? -1 : 0;
    return out;
  }
  if (vnorm2(v) < constant) return out;
  const double alpha = math::acos(constant / vnorm2(v));
  const double beta = math::atan2(v[1], v[0]);
  const double angle1 = beta - alpha;
  const double angle2 = beta + alpha;
  out.nxpts = vzero(sminor) || angle1 == angle2 ? 1 : 2;
  out.xpt1 = vlcom3(1.0, center, math::cos(angle1), smajor, math::sin(angle1), sminor);
  out.xpt2 = vlcom3(1.0, center, math::cos(angle2), smajor, math::sin(angle2), sminor);
  return out;
}

Result<PointAndDistance> npelpt(const Vec3& point, const Ellipse& ellipse) {
  const double minlen = vnorm(ellipse.sminor);
  const double majlen = vnorm(ellipse.smajor);
  if (fmin2(majlen, minlen) == 0.0) {
    return make_error("SPICE(DEGENERATECASE)",
                      "Semi-axis lengths: " + number_text(majlen) + " " + number_text(minlen) + ". ");
  }
  // Scale by the semi-major axis, rotate the ellipse into the x-y plane (major axis along x),
  // project the point onto that plane and find the nearest point of the flat ellipsoid there.
  const double scale = 1.0 / majlen;
  const Vec3 smajor = vscl(scale, ellipse.smajor);
  const Vec3 sminor = vscl(scale, ellipse.sminor);
  const Vec3 tmppnt = vscl(scale, vsub(point, ellipse.center));
  SC_TRY_ASSIGN(const Mat3 rotate, twovec(smajor, 1, sminor, 2));
  const Vec3 rotated = mxv(rotate, tmppnt);
  const Vec3 prjpnt{rotated[0], rotated[1], 0.0};
  SC_TRY_ASSIGN(const NearPoint near, nearpt(prjpnt, 1.0, minlen / majlen, 2.0));
  const Vec3 pnear = vadd(mtxv(rotate, vscl(majlen, near.npoint)), ellipse.center);
  return PointAndDistance{pnear, vnorm(vsub(pnear, point))};
}

}  // namespace sc::math
