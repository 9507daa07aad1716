// vproj_c and vperp_c (see vector_ops_c.hpp), in the operation order of CSPICE's C source.
#include "math/vector_ops_c.hpp"

#include <cmath>

namespace sc::math {
namespace {

// CSPICE's MaxAbs(a, MaxAbs(b, c)) (SpiceZmc.h: fabs(a) >= fabs(b) ? fabs(a) : fabs(b)).
double max_abs_c(const Vec3& v) {
  const double bc = std::fabs(v[1]) >= std::fabs(v[2]) ? std::fabs(v[1]) : std::fabs(v[2]);
  return std::fabs(v[0]) >= bc ? std::fabs(v[0]) : bc;
}

}  // namespace

Vec3 vproj_c(const Vec3& a, const Vec3& b) {
  const double biga = max_abs_c(a);
  const double bigb = max_abs_c(b);
  if (biga == 0.0 || bigb == 0.0) return {0.0, 0.0, 0.0};
  const Vec3 t = vscl(1.0 / biga, a);
  const Vec3 r = vscl(1.0 / bigb, b);
  const double scale = vdot(t, r) * biga / vdot(r, r);
  return vscl(scale, r);
}

Vec3 vperp_c(const Vec3& a, const Vec3& b) {
  const double biga = max_abs_c(a);
  const double bigb = max_abs_c(b);
  if (biga == 0.0 || bigb == 0.0) return {0.0, 0.0, 0.0};
  const Vec3 t = vscl(1.0 / biga, a);
  const Vec3 r = vscl(1.0 / bigb, b);
  const Vec3 v = vproj_c(t, r);
  return vscl(biga, vsub(t, v));
}

Vec3 vproj(const Vec3& a, const Vec3& b, Dialect dialect) {
  return dialect == Dialect::cspice_c ? vproj_c(a, b) : vproj(a, b);
}

Vec3 vperp(const Vec3& a, const Vec3& b, Dialect dialect) {
  return dialect == Dialect::cspice_c ? vperp_c(a, b) : vperp(a, b);
}

}  // namespace sc::math
