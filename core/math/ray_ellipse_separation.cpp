// ZZASRYEL (see ray_ellipse_separation.hpp), with SPICELIB's steps and their order.
#include "math/ray_ellipse_separation.hpp"

#include <cmath>
#include <utility>

#include "math/constants.hpp"
#include "math/planes.hpp"
#include "math/trig.hpp"

namespace sc::math {
namespace {

double vdist(const Vec3& a, const Vec3& b) { return vnorm(vsub(a, b)); }

}  // namespace

Result<RayEllipseSeparation> zzasryel(bool minimum, const Ellipse& ellipse, const Vec3& vertex, const Vec3& dir) {
  const Vec3& center = ellipse.center;
  const Vec3& smajor = ellipse.smajor;
  const Vec3& sminor = ellipse.sminor;
  const double a = vnorm(smajor);
  const double b = vnorm(sminor);
  if (vzero(smajor) || vzero(sminor)) {
    return make_error("SPICE(INVALIDAXISLENGTH)", "Semi-axis lengths: A = " + std::to_string(a) +
                                                      ", B = " + std::to_string(b) + ".");
  }
  SC_TRY_ASSIGN(auto&& eplane, psv2pl(center, smajor, sminor));
  if (vzero(dir)) return make_error("SPICE(ZEROVECTOR)", "Ray's direction vector must be non-zero.");
  SC_TRY_ASSIGN(auto&& vprj, vprjp(vertex, eplane));
  if (vdist(vertex, vprj) == 0.0) {
    return make_error("SPICE(DEGENERATECASE)", "Viewing point is in the plane of the ellipse.");
  }
  SC_TRY_ASSIGN(auto&& x, inrypl(vertex, dir, eplane));
  if (x.nxpts == -1) return make_error("SPICE(DEGENERATECASE)", "Ray lies in the plane of the ellipse.");

  int npt = 400;
  double asign = 1.0;
  if (x.nxpts != 0) {
    // Is the ray-plane intersection inside the ellipse? Its coordinates along the semi-axes.
    const Vec3 xoff = vsub(x.xpt, center);
    const double acomp = vdot(xoff, smajor) / a;
    const double bcomp = vdot(xoff, sminor) / b;
    const double level = acomp * acomp / (a * a) + bcomp * bcomp / (b * b);
    if (level <= 1.0) {
      asign = -1.0;
    } else if (minimum) {
      npt = 320;  // the exterior minimum is well behaved: fewer test points do
    }
  }

  // Coarse scan of the proxy |unit(point - vertex) - unit(dir)| over equally spaced angles.
  const Vec3 v2 = vsub(vertex, center);
  double extprx = minimum ? 2.0 : 0.0;
  int extidx = 0;
  const double p2 = twopi();
  const double delta = p2 / npt;
  const Vec3 udir = vhat(dir);
  Vec3 diff{};
  double proxy = 0.0;
  for (int i = 0; i <= npt - 1; ++i) {
    const double theta = i * delta;
    diff = vlcom3(-1.0, v2, cos(theta), smajor, sin(theta), sminor);
    proxy = vdist(vhat(diff), udir);
    if (minimum ? proxy < extprx : proxy > extprx) {
      extidx = i;
      extprx = proxy;
    }
  }

  // Golden-section search in [lower, upper] around the best test point, shifted by 2 pi.
  const double gr = (3.0 - std::sqrt(5.0)) / 2.0;
  double lower = p2 / npt * (extidx - 1);
  double upper = p2 / npt * (extidx + 1);
  double btween = p2 / npt * extidx;
  double btwprx = extprx;
  lower += p2;
  upper += p2;
  btween += p2;
  int nitr = 0;
  proxy = 3.0;
  while (nitr <= 100 && (upper - lower) > 1e-9) {
    double newpt = (btween - lower > upper - btween) ? lower + gr * (btween - lower) : btween + gr * (upper - btween);
    diff = vlcom3(-1.0, v2, cos(newpt), smajor, sin(newpt), sminor);
    proxy = vdist(vhat(diff), udir);
    if (newpt > btween) {
      std::swap(btween, newpt);
      std::swap(btwprx, proxy);
    }
    if (minimum ? proxy > btwprx : proxy < btwprx) {
      lower = newpt;
    } else {
      upper = btween;
      btween = newpt;
      btwprx = proxy;
    }
    ++nitr;
  }
  RayEllipseSeparation out;
  out.extpt = vadd(center, vadd(diff, v2));
  out.angle = vsep(diff, udir) * asign;
  return out;
}

}  // namespace sc::math
