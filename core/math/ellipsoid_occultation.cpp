// ZZOCCED (see ellipsoid_occultation.hpp), step for step.
#include "math/ellipsoid_occultation.hpp"

#include <algorithm>
#include <cmath>
#include <array>
#include <string>

#include "math/constants.hpp"
#include "math/ellipses.hpp"
#include "math/ellipsoid.hpp"
#include "math/is_rotation.hpp"
#include "math/planes.hpp"
#include "math/ray_ellipse_separation.hpp"
#include "math/trig.hpp"

namespace sc::math {
namespace {

double vdist(const Vec3& a, const Vec3& b) { return vnorm(vsub(a, b)); }

// DASINE with tolerance: the argument is clamped to [-1, 1] (only slightly larger values reach
// it here).
double dasine(double x) { return asin(std::clamp(x, -1.0, 1.0)); }

Vec3 column(const Mat3& m, int i) { return {m[0][i], m[1][i], m[2][i]}; }

// The maximum bounding cone of an ellipsoid seen from a point inside its circumscribed sphere but
// outside it: from the limb plane, the height of the viewpoint over it and a bound on the distance
// of limb points from the viewpoint's projection.
Result<double> limb_cone(const Ellipse& limb, const Vec3& view) {
  SC_TRY_ASSIGN(auto&& lplane, psv2pl(limb.center, limb.smajor, limb.sminor));
  SC_TRY_ASSIGN(auto&& vpproj, vprjp(view, lplane));
  const double vph = vdist(view, vpproj);
  const double ubdist = vdist(vpproj, limb.center) + vnorm(limb.smajor);
  return atan2(ubdist, vph);
}

}  // namespace

Result<int> zzocced(const Vec3& viewpt, const Vec3& centr1, const Mat3& semax1, const Vec3& centr2,
                    const Mat3& semax2) {
  // Radii (UNORM of the semi-axis columns) and the rotations from principal axes to the base frame.
  std::array<Mat3, 2> rmat{};
  std::array<double, 6> r{};
  for (int i = 0; i < 3; ++i) {
    const Vec3 c1 = column(semax1, i);
    const Vec3 c2 = column(semax2, i);
    const Vec3 u1 = vhat(c1);
    const Vec3 u2 = vhat(c2);
    r[static_cast<std::size_t>(i)] = vnorm(c1);
    r[static_cast<std::size_t>(i + 3)] = vnorm(c2);
    for (int k = 0; k < 3; ++k) {
      rmat[0][static_cast<std::size_t>(k)][static_cast<std::size_t>(i)] = u1[static_cast<std::size_t>(k)];
      rmat[1][static_cast<std::size_t>(k)][static_cast<std::size_t>(i)] = u2[static_cast<std::size_t>(k)];
    }
  }
  auto rad = [&](int body, int axis) { return r[static_cast<std::size_t>(body * 3 + axis)]; };
  std::array<double, 2> minrad{}, maxrad{};
  for (int i = 0; i < 2; ++i) {
    minrad[static_cast<std::size_t>(i)] = std::min(std::min(rad(i, 0), rad(i, 1)), rad(i, 2));
    maxrad[static_cast<std::size_t>(i)] = std::max(std::max(rad(i, 0), rad(i, 1)), rad(i, 2));
  }
  if (minrad[0] <= 0.0 || minrad[1] <= 0.0) {
    return make_error("SPICE(BADAXISLENGTH)", "Minimum radii of bodies 1 and 2 are " + std::to_string(minrad[0]) +
                                                  ", " + std::to_string(minrad[1]) +
                                                  ". Target radii must be positive.");
  }
  const std::array<Vec3, 2> ctrs{centr1, centr2};
  std::array<Vec3, 2> tpos{};
  std::array<double, 2> dist{};
  for (int i = 0; i < 2; ++i) {
    tpos[static_cast<std::size_t>(i)] = vsub(ctrs[static_cast<std::size_t>(i)], viewpt);
    dist[static_cast<std::size_t>(i)] = vnorm(tpos[static_cast<std::size_t>(i)]);
    if (dist[static_cast<std::size_t>(i)] == 0.0) {
      return make_error("SPICE(NOTDISJOINT)",
                        "Center of object " + std::to_string(i + 1) + " coincides with the viewing point.");
    }
  }
  for (int i = 0; i < 2; ++i) {
    if (!isrot(rmat[static_cast<std::size_t>(i)], 1e-10, 1e-10)) {
      return make_error("SPICE(NOTAROTATION)", "Matrix derived by unitizing columns of semi-axis matrix SEMAX" +
                                                   std::to_string(i + 1) + " is not a rotation matrix.");
    }
  }
  const Vec3 t12pos = vsub(tpos[1], tpos[0]);
  const double ttdist = vnorm(t12pos);
  if (ttdist <= minrad[0] + minrad[1]) {
    return make_error("SPICE(NOTDISJOINT)",
                      "Targets must be non-intersecting, but spheres inscribed in the targets intersect.");
  }
  std::array<Vec3, 2> xtpos{};
  for (int i = 0; i < 2; ++i) {
    xtpos[static_cast<std::size_t>(i)] = mxv(transpose(rmat[static_cast<std::size_t>(i)]), tpos[static_cast<std::size_t>(i)]);
    const Vec3& x = xtpos[static_cast<std::size_t>(i)];
    const double d1 = x[0] / rad(i, 0);
    const double d2 = x[1] / rad(i, 1);
    const double d3 = x[2] / rad(i, 2);
    const double level = d1 * d1 + d2 * d2 + d3 * d3;
    if (level < 1.0) {
      return make_error("SPICE(NOTDISJOINT)", "Viewpoint is inside target " + std::to_string(i + 1) + ".");
    }
  }
  std::array<double, 2> minang{}, maxang{};
  for (int i = 0; i < 2; ++i) {
    const auto k = static_cast<std::size_t>(i);
    minang[k] = dasine(minrad[k] / dist[k]);
    if (dist[k] >= maxrad[k]) {
      maxang[k] = dasine(maxrad[k] / dist[k]);
    } else {
      const Vec3 xvwtrg = vminus(xtpos[k]);
      SC_TRY_ASSIGN(auto&& limb, edlimb(rad(i, 0), rad(i, 1), rad(i, 2), xvwtrg));
      SC_TRY_ASSIGN(maxang[k], limb_cone(limb, xvwtrg));
    }
  }
  const double trgsep = vsep(tpos[0], tpos[1]);
  if (trgsep > maxang[0] + maxang[1]) return 0;

  const int bigidx = maxang[0] > maxang[1] ? 0 : 1;
  const int smlidx = 1 - bigidx;

  if (minang[0] + minang[1] > trgsep) {
    // The inscribed spheres' cones overlap: which is in front?
    const Vec3 t1opos = vminus(tpos[0]);
    const double angcmp = halfpi() - minang[0];
    const double t2sep = vsep(t1opos, t12pos);
    int frtidx = 0;
    int s = 1;
    if (t2sep < angcmp) {
      frtidx = 1;
      s = -1;
    }
    for (int i = 0; i < 2; ++i) {
      if (minang[static_cast<std::size_t>(i)] >= maxang[static_cast<std::size_t>(1 - i)] + trgsep) {
        return frtidx == i ? s * 3 : s * 2;
      }
    }
    if (minang[0] + trgsep > maxang[1] && minang[1] + trgsep > maxang[0]) return s;
  }

  // Map the larger-looking ellipsoid to the unit sphere and compare the smaller one's limb with
  // the ray to the sphere's center.
  const auto sk = static_cast<std::size_t>(smlidx);
  const auto bk = static_cast<std::size_t>(bigidx);
  const Mat3 smlmat = transpose(rmat[sk]);
  const Vec3 view = mxv(smlmat, vsub(viewpt, ctrs[sk]));
  SC_TRY_ASSIGN(auto&& limb, edlimb(rad(smlidx, 0), rad(smlidx, 1), rad(smlidx, 2), view));
  Vec3 smlctr = mxv(rmat[sk], limb.center);
  const Vec3 smlmaj0 = mxv(rmat[sk], limb.smajor);
  const Vec3 smlmin0 = mxv(rmat[sk], limb.sminor);
  smlctr = vadd(ctrs[sk], smlctr);
  Mat3 sclmat{};
  sclmat[0][0] = 1.0 / rad(bigidx, 0);
  sclmat[1][1] = 1.0 / rad(bigidx, 1);
  sclmat[2][2] = 1.0 / rad(bigidx, 2);
  const Mat3 sclrot = multiply(sclmat, transpose(rmat[bk]));
  const Vec3 xview = mxv(sclrot, viewpt);
  const Vec3 bigctr = mxv(sclrot, ctrs[bk]);
  smlctr = mxv(sclrot, smlctr);
  const Vec3 tmpmaj = mxv(sclrot, smlmaj0);
  const Vec3 tmpmin = mxv(sclrot, smlmin0);
  const SemiAxes axes = saelgv(tmpmaj, tmpmin);
  const Vec3 smlmaj = axes.smajor;
  const Vec3 smlmin = axes.sminor;
  const Ellipse xlimb = cgv2el(smlctr, smlmaj, smlmin);
  const Vec3 raydir = vsub(bigctr, xview);
  SC_TRY_ASSIGN(auto&& minsep, zzasryel(true, xlimb, xview, raydir));
  const double bigr = vnorm(raydir);
  const double uasize = dasine(1.0 / bigr);
  if (minsep.angle > uasize) return 0;

  const Vec3 minvec = vsub(minsep.extpt, bigctr);
  const Vec3 invray = vminus(raydir);
  const bool sfront = vsep(minvec, invray) <= halfpi() - uasize;
  const int s = ((sfront && smlidx == 0) || (!sfront && smlidx == 1)) ? 1 : -1;
  if (minsep.angle <= -uasize) return sfront ? s * 3 : s * 2;

  // Bounding cones of the transformed small ellipsoid's limb.
  const Vec3 xsmlvu = vsub(xview, smlctr);
  const double xdist = vnorm(xsmlvu);
  const double majlen = vnorm(smlmaj);
  const double minlen = vnorm(smlmin);
  double smlmax = 0.0;
  if (xdist >= majlen) {
    smlmax = dasine(majlen / xdist);
  } else {
    SC_TRY_ASSIGN(smlmax, limb_cone(Ellipse{smlctr, smlmaj, smlmin}, xview));
  }
  const Vec3 lnorml = ucrss(smlmaj, smlmin);
  double tilt = vsep(lnorml, xsmlvu);
  if (tilt > halfpi()) tilt = pi() - tilt;
  const double smlmin_ang = atan2(cos(tilt) * minlen, sin(tilt) * minlen + xdist);
  const Vec3 smldir = vsub(smlctr, xview);
  const double xasep = vsep(raydir, smldir);
  if (xasep + smlmax <= uasize) return sfront ? s * 2 : s * 3;
  if (xasep + smlmin_ang > uasize) return s;
  SC_TRY_ASSIGN(auto&& maxsep, zzasryel(false, xlimb, xview, raydir));
  if (std::fabs(maxsep.angle) <= uasize) return sfront ? s * 2 : s * 3;
  return s;
}

}  // namespace sc::math
