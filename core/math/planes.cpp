// The plane routines (see planes.hpp), each in the operation order of SPICELIB's routine; where
// CSPICE's C version differs (nplnpt_c, vprjp_c, vprjpi_c), `Dialect` selects it.
#include "math/planes.hpp"

#include <cfloat>
#include <cmath>

namespace sc::math {
namespace {

// The builders' last step: a negative constant is made positive by flipping the normal (VMINUS,
// component by component, so 0 becomes -0).
Plane with_nonnegative_constant(Plane p) {
  if (p.constant < 0.0) {
    p.constant = -p.constant;
    p.normal = vminus(p.normal);
  }
  return p;
}

Error zero_normal() { return make_error("SPICE(ZEROVECTOR)", "Plane's normal must be non-zero."); }

// APPROX(|normal|, 1, 1e-14), VPRJP's and VPRJPI's test of a plane's normal.
bool unit_length(const Vec3& n) { return std::fabs(vnorm(n) - 1.0) <= 1e-14; }

}  // namespace

Result<Plane> nvc2pl(const Vec3& normal, double konst) {
  // UNORM: the length once, then each component divided by it.
  const double mag = vnorm(normal);
  if (mag == 0.0) return zero_normal();
  const Plane p{{normal[0] / mag, normal[1] / mag, normal[2] / mag}, konst / mag};
  return with_nonnegative_constant(p);
}

Result<Plane> nvp2pl(const Vec3& normal, const Vec3& point) {
  if (vzero(normal)) return zero_normal();
  const Vec3 n = vhat(normal);
  return with_nonnegative_constant(Plane{n, vdot(point, n)});
}

Result<Plane> psv2pl(const Vec3& point, const Vec3& span1, const Vec3& span2) {
  const Vec3 n = ucrss(span1, span2);
  if (vzero(n)) return make_error("SPICE(DEGENERATECASE)", "Spanning vectors are parallel.");
  return with_nonnegative_constant(Plane{n, vdot(n, point)});
}

NormalAndPoint pl2nvp(const Plane& plane) { return {plane.normal, vscl(plane.constant, plane.normal)}; }

Frame frame(const Vec3& x_in) {
  const Vec3 x = vhat(x_in);
  const double a = x[0] * x[0];
  const double b = x[1] * x[1];
  const double c = x[2] * x[2];
  if (a + b + c == 0.0) return Frame{{1.0, 0.0, 0.0}, {0.0, 1.0, 0.0}, {0.0, 0.0, 1.0}};
  // The smallest component of x gets y's zero; f is the length of the other two.
  double f = 0.0;
  int s1 = 0, s2 = 1, s3 = 2;
  if (a <= b && a <= c) {
    f = std::sqrt(b + c);
  } else if (b <= a && b <= c) {
    f = std::sqrt(a + c);
    s1 = 1, s2 = 2, s3 = 0;
  } else {
    f = std::sqrt(a + b);
    s1 = 2, s2 = 0, s3 = 1;
  }
  Frame out{x, {}, {}};
  out.y[s1] = 0.0;
  out.y[s2] = -x[s3] / f;
  out.y[s3] = x[s2] / f;
  out.z[s1] = f;
  out.z[s2] = -x[s1] * out.y[s3];
  out.z[s3] = x[s1] * out.y[s2];
  return out;
}

PointAndSpans pl2psv(const Plane& plane) {
  const NormalAndPoint np = pl2nvp(plane);
  const Frame f = frame(np.normal);
  return {np.point, f.y, f.z};
}

Result<RayPlaneIntersection> inrypl(const Vec3& vertex, const Vec3& dir, const Plane& plane) {
  // MARGIN = 3: points this far from the origin could overflow in the arithmetic below.
  double toobig = DBL_MAX / 3.0;
  if (vnorm(vertex) >= toobig) {
    return make_error("SPICE(VECTORTOOBIG)", "Ray's vertex is too far from the origin.");
  }
  const Vec3 normal = plane.normal;
  const double constant = plane.constant;
  if (constant >= toobig) return make_error("SPICE(VECTORTOOBIG)", "Plane is too far from the origin.");
  const Vec3 udir = vhat(dir);
  if (vzero(udir)) return make_error("SPICE(ZEROVECTOR)", "Ray's direction vector is the zero vector.");

  // Scale the vertex and the constant by the larger of the two (Fortran MAX: a >= b ? a : b).
  const double vmag = vnorm(vertex);
  const double mscale = constant >= vmag ? constant : vmag;
  Vec3 sclvtx = vertex;
  double sclcon = constant;
  if (mscale != 0.0) {
    sclvtx = vscl(1.0 / mscale, vertex);
    sclcon = constant / mscale;
  }
  if (mscale > 1.0) toobig = toobig / mscale;

  const double prjvn = vdot(sclvtx, normal);
  const double prjdif = sclcon - prjvn;
  if (prjdif == 0.0) {
    // The vertex is in the plane: the ray lies in it or crosses it there.
    return RayPlaneIntersection{vdot(normal, udir) == 0.0 ? -1 : 1, vertex};
  }
  const double prjdir = vdot(udir, normal);
  // SMSGND: the ray heads towards the plane only when both have the same strict sign.
  const bool same_sign = (prjdir > 0.0 && prjdif > 0.0) || (prjdir < 0.0 && prjdif < 0.0);
  if (!same_sign) return RayPlaneIntersection{};
  if (std::fabs(prjdif) >= std::fabs(prjdir) * toobig) return RayPlaneIntersection{};
  const double scale = std::fabs(prjdif) / std::fabs(prjdir);
  const Vec3 xpt = vlcom(1.0, sclvtx, scale, udir);
  return RayPlaneIntersection{1, vscl(mscale, xpt)};
}

Result<PointAndDistance> nplnpt(const Vec3& linpt, const Vec3& lindir, const Vec3& point, Dialect dialect) {
  if (vzero(lindir)) return make_error("SPICE(ZEROVECTOR)", "Direction vector must be non-zero.");
  const Vec3 trans = vsub(point, linpt);
  const Vec3 pnear = vadd(vproj(trans, lindir, dialect), linpt);
  return PointAndDistance{pnear, vnorm(vsub(pnear, point))};
}

Result<Vec3> vprjp(const Vec3& vin, const Plane& plane, Dialect dialect) {
  if (dialect == Dialect::spicelib && !unit_length(plane.normal)) {
    return make_error("SPICE(NONUNITNORMAL)",
                      "Normal vector returned by PL2NVC does not have unit length. The input plane is invalid.");
  }
  return vlcom(1.0, vin, plane.constant - vdot(vin, plane.normal), plane.normal);
}

Result<std::optional<Vec3>> vprjpi(const Vec3& vin, const Plane& projpl, const Plane& invpl, Dialect dialect) {
  if (dialect == Dialect::spicelib) {
    if (!unit_length(projpl.normal)) {
      return make_error("SPICE(NONUNITNORMAL)",
                        "Normal vector of plane containing input point does not have unit length. The input plane "
                        "is invalid.");
    }
    if (!unit_length(invpl.normal)) {
      return make_error("SPICE(NONUNITNORMAL)",
                        "Normal vector of plane containing output point does not have unit length. The output "
                        "plane is invalid.");
    }
  }
  const double numer = invpl.constant - vdot(vin, invpl.normal);
  const double denom = vdot(projpl.normal, invpl.normal);
  // BOUND = 10: the multiple of the normal must not overflow.
  const double limit = std::fabs(numer) < 1.0 ? std::fabs(10.0 / DBL_MAX) : std::fabs(10.0 / DBL_MAX * numer);
  if (!(std::fabs(denom) > limit)) return std::optional<Vec3>{};
  const double mult = numer / denom;
  return std::optional<Vec3>{vlcom(1.0, vin, mult, projpl.normal)};
}

}  // namespace sc::math
