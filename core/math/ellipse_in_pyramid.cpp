// ZZELVUPY and ZZWIND (see ellipse_in_pyramid.hpp), step for step.
#include "math/ellipse_in_pyramid.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "math/constants.hpp"
#include "math/exp_log.hpp"
#include "math/planes.hpp"
#include "math/trig.hpp"

namespace sc::math {
namespace {

Vec3 edge(const std::vector<double>& b, int i) {
  const auto k = static_cast<std::size_t>(3 * i);
  return {b[k], b[k + 1], b[k + 2]};
}

double vdist(const Vec3& a, const Vec3& b) { return vnorm(vsub(a, b)); }

// ZZWIND: the winding number about `point` of the polygon `vertcs` lying in `plane`.
Result<int> zzwind(const Plane& plane, const std::vector<Vec3>& vertcs, const Vec3& point) {
  const int n = static_cast<int>(vertcs.size());
  if (n < 3) return make_error("SPICE(DEGENERATECASE)", "Polygon must have at least 3 sides; N = " + std::to_string(n) + ".");
  Vec3 normal = plane.normal;
  if (vzero(normal)) return make_error("SPICE(ZEROVECTOR)", "Plane's normal vector is zero.");
  if (vdot(normal, vertcs[0]) < 0.0) normal = vminus(normal);
  Vec3 rvec = vperp(vsub(vertcs[0], point), normal);
  double atotal = 0.0;
  for (int i = 2; i <= n + 1; ++i) {
    const int j = i <= n ? i : 1;
    const Vec3 rnext = vperp(vsub(vertcs[static_cast<std::size_t>(j - 1)], point), normal);
    const double sep = vsep(rnext, rvec);
    const Vec3 rperp = ucrss(normal, rvec);
    atotal = vdot(rnext, rperp) >= 0.0 ? atotal + sep : atotal - sep;
    rvec = rnext;
  }
  const double w = atotal / twopi();
  // i_dnnt: nearest integer, halves away from zero.
  return static_cast<int>(w >= 0.0 ? std::floor(w + 0.5) : -std::floor(0.5 - w));
}

}  // namespace

Result<bool> zzelvupy(const Ellipse& ellipse, const Vec3& vertex, const Vec3& axis, int n,
                      const std::vector<double>& bounds) {
  const SemiAxes axes = saelgv(ellipse.smajor, ellipse.sminor);
  Vec3 center = ellipse.center;
  Vec3 smajor = axes.smajor;
  Vec3 sminor = axes.sminor;
  if (vzero(smajor) || vzero(sminor)) {
    return make_error("SPICE(ZEROVECTOR)", "Input ellipse has a zero semi-axis; both vectors are required to be non-zero.");
  }
  const double scale = 1.0 / std::max(std::max(vnorm(center), vnorm(smajor)), vnorm(vertex));
  Vec3 apex{};
  for (int i = 0; i < 3; ++i) {
    const auto k = static_cast<std::size_t>(i);
    center[k] = scale * center[k];
    smajor[k] = scale * smajor[k];
    sminor[k] = scale * sminor[k];
    apex[k] = scale * vertex[k];
  }
  const Ellipse ellscl = cgv2el(center, smajor, sminor);
  const double a = vnorm(smajor);
  const double b = vnorm(sminor);
  if (b == 0.0) return make_error("SPICE(DEGENERATECASE)", "Scaled ellipse's semi-minor axis length = 0.");
  if (vzero(axis)) return make_error("SPICE(ZEROVECTOR)", "The pyramid's axis the zero vector.");
  if (n < 3 || n > 10000) {
    return make_error("SPICE(INVALIDCOUNT)", "The number of boundary vectors was " + std::to_string(n) + ".");
  }
  const Vec3 ctrvec = vsub(center, apex);
  double pasize = 0.0;
  for (int i = 0; i < n; ++i) {
    const double asep = vsep(axis, edge(bounds, i));
    if (asep >= pi() / 2) {
      return make_error("SPICE(INVALIDFOV)", "The angular separation of boundary vector " + std::to_string(i + 1) +
                                                 " from the axis must be less than pi/2.");
    }
    pasize = std::max(pasize, asep);
    const int j = i < n - 1 ? i + 1 : 0;
    if (vzero(ucrss(edge(bounds, i), edge(bounds, j)))) {
      if (vzero(edge(bounds, j)) || vzero(edge(bounds, i))) {
        return make_error("SPICE(ZEROVECTOR)", "A boundary vector is the zero vector.");
      }
      return make_error("SPICE(INVALIDFOV)", "The angular separation of boundary vector " + std::to_string(i + 1) +
                                                 " from vector " + std::to_string(j + 1) + " is 0.");
    }
  }
  // Disjoint bounding cones: no intersection.
  const double d = vdist(center, apex);
  if (a < d) {
    const double easize = asin(a / d);
    const double consep = vsep(ctrvec, axis) - (easize + pasize);
    if (consep > 0.0) return false;
  }
  // The ellipse's center inside the pyramid?
  if (vdot(axis, ctrvec) > 0.0) {
    SC_TRY_ASSIGN(auto&& fovpln, nvp2pl(axis, ctrvec));
    std::vector<Vec3> work;
    for (int i = 0; i < n; ++i) {
      SC_TRY_ASSIGN(auto&& x, inrypl(Vec3{0, 0, 0}, edge(bounds, i), fovpln));
      if (x.nxpts != 1) {
        return make_error("SPICE(BUG)", "NXPTS = " + std::to_string(x.nxpts) + " for boundary vector " +
                                            std::to_string(i + 1) + "/FOV plane intersection.");
      }
      work.push_back(x.xpt);
    }
    SC_TRY_ASSIGN(auto&& w, zzwind(fovpln, work, ctrvec));
    if (w != 0) return true;
  }
  // The first edge through the region the ellipse bounds?
  SC_TRY_ASSIGN(auto&& eplane, psv2pl(center, smajor, sminor));
  SC_TRY_ASSIGN(auto&& hit, inrypl(apex, edge(bounds, 0), eplane));
  if (hit.nxpts == 1) {
    const Vec3 offset = vsub(hit.xpt, center);
    const double x = vdot(offset, smajor) / a;
    const double y = vdot(offset, sminor) / b;
    if (pow(x / a, 2.0) + pow(y / b, 2.0) <= 1.0) return true;
  }
  // A side of the pyramid crossing the ellipse?
  for (int i = 0; i < n; ++i) {
    const int j = i < n - 1 ? i + 1 : 0;
    SC_TRY_ASSIGN(auto&& plane, psv2pl(apex, edge(bounds, i), edge(bounds, j)));
    SC_TRY_ASSIGN(auto&& xs, inelpl(ellscl, plane));
    if (xs.nxpts > 0) {
      const Vec3 edge1 = vhat(edge(bounds, i));
      const Vec3 edge2 = vhat(edge(bounds, j));
      const Vec3 ebsctr = vlcom(0.5, edge1, 0.5, edge2);
      const double hafedg = vsep(edge1, edge2) / 2.0;
      const Vec3 vxpt1 = vhat(vsub(xs.xpt1, apex));
      const Vec3 vxpt2 = vhat(vsub(xs.xpt2, apex));
      const Vec3 vbsctr = vlcom(0.5, vxpt1, 0.5, vxpt2);
      const double hafsec = vsep(vxpt1, vxpt2) / 2.0;
      if (vsep(vxpt1, ebsctr) <= hafedg || vsep(vxpt2, ebsctr) <= hafedg || vsep(vbsctr, ebsctr) <= hafedg ||
          vsep(ebsctr, vbsctr) <= hafsec) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace sc::math
