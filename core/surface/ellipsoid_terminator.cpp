// EDTERM and ZZEDTERM (see ellipsoid_terminator.hpp), step for step.
#include "surface/ellipsoid_terminator.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "frames/frames_api.hpp"
#include "geometry/abcorr.hpp"
#include "geometry/states.hpp"
#include "math/constants.hpp"
#include "math/latitudinal.hpp"
#include "math/planes.hpp"
#include "math/trig.hpp"
#include "math/vector_ops.hpp"
#include "surface/body_checks.hpp"

namespace sc::surface {
namespace {

using math::Vec3;

std::string ljust_upper(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && s[i] == ' ') ++i;
  std::string out(s.substr(i));
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// ZZEDTERM.
Result<std::vector<double>> zzedterm(std::string_view type, double a, double b, double c, double srcrad,
                                     const Vec3& srcpos, int npts) {
  const std::string loctyp = ljust_upper(type);
  bool umbral = true;
  if (loctyp == "UMBRAL") {
    umbral = true;
  } else if (loctyp == "PENUMBRAL") {
    umbral = false;
  } else {
    return make_error("SPICE(NOTSUPPORTED)",
                      "Terminator type must be UMBRAL or PENUMBRAL but was actually " + std::string(type) + ".");
  }
  if (npts < 1) {
    return make_error("SPICE(INVALIDSIZE)", "Set must contain at least one point; NPTS  = " + std::to_string(npts) + ".");
  }
  if (a <= 0.0 || b <= 0.0 || c <= 0.0) return make_error("SPICE(INVALIDAXISLENGTH)", "Semi-axis lengths must be positive.");
  if (srcrad <= 0.0) return make_error("SPICE(INVALIDRADIUS)", "Light source must have positive radius.");
  const double d = math::vnorm(srcpos);
  const double rmax = std::max(std::max(a, b), c);
  const double rmin = std::min(std::min(a, b), c);
  if (srcrad + rmax >= d) {
    return make_error("SPICE(OBJECTSTOOCLOSE)", "Light source intersects outer bounding sphere of the ellipsoid.");
  }
  // The source-centred frame: +Z from the source toward the target.
  const math::Frame f = math::frame(math::vminus(srcpos));
  math::Mat3 trans{};  // columns x, y, z
  for (int r = 0; r < 3; ++r) {
    const auto k = static_cast<std::size_t>(r);
    trans[k][0] = f.y[k];
    trans[k][1] = f.z[k];
    trans[k][2] = f.x[k];
  }
  const double outang = umbral ? math::asin((srcrad - rmax) / d) : math::asin((srcrad + rmax) / d);
  const double inang = umbral ? math::asin((srcrad - rmin) / d) : math::asin((srcrad + rmin) / d);
  const double delta = math::twopi() / npts;
  std::vector<double> trmpts(static_cast<std::size_t>(3 * npts), 0.0);
  for (int i = 1; i <= npts; ++i) {
    const double theta = (i - 1) * delta;
    double angle = umbral ? outang : inang;
    double prvdif = math::twopi();
    double prvang = angle + math::halfpi();
    int nitr = 0;
    while (nitr <= 10 && std::fabs(angle - prvang) < prvdif) {
      ++nitr;
      prvdif = std::fabs(angle - prvang);
      prvang = angle;
      // The plane tangent to the source at the point rotated by `angle` toward +Z.
      const Vec3 vtx0 = math::latrec(srcrad, theta, angle);
      const Vec3 vtx = math::vadd(srcpos, math::mxv(trans, vtx0));
      const Vec3 dir0 = math::mxv(trans, vtx0);
      SC_TRY_ASSIGN(auto&& plane, math::nvp2pl(dir0, vtx));
      const Vec3 dir = plane.normal;
      // The ellipsoid point whose outward normal is `dir`.
      const Vec3 v{a * dir[0], b * dir[1], c * dir[2]};
      const double lambda = 1.0 / math::vnorm(v);
      const Vec3 e{a * v[0], b * v[1], c * v[2]};
      const Vec3 pt = math::vscl(lambda, e);
      const auto k = static_cast<std::size_t>(3 * (i - 1));
      trmpts[k] = pt[0];
      trmpts[k + 1] = pt[1];
      trmpts[k + 2] = pt[2];
      // Rotate the plane by the angular error toward the target.
      const Vec3 offset = math::vsub(pt, vtx);
      const double angerr = math::vsep(dir, offset) - math::halfpi();
      const double s = math::vdot(e, dir) >= 0.0 ? 1.0 : -1.0;
      angle = umbral ? angle + s * angerr : angle - s * angerr;
    }
  }
  return trmpts;
}

Result<int> named(const Context& ctx, std::string_view name, const char* what) {
  SC_TRY_ASSIGN(auto&& code, ctx.body_names().string_to_code_checked(name, ctx.pool()));
  if (code) return *code;
  return make_error("SPICE(NOTRANSLATION)",
                    std::string("Input ") + what + " " + std::string(name) + " has no associated body ID code.");
}

}  // namespace

Result<EllipsoidTerminator> edterm(const Context& ctx, std::string_view trmtyp, std::string_view source,
                                   std::string_view target, double et, std::string_view fixref,
                                   std::string_view abcorr, std::string_view obsrvr, int npts) {
  const int frcode = frames::namfrm(ctx, fixref).value_or(0);
  if (frcode == 0) {
    return make_error("SPICE(NOTRANSLATION)", "Input frame " + std::string(fixref) + " has no associated frame ID code.");
  }
  const auto info = frames::frinfo(ctx, frcode);
  if (!info) {
    return make_error("SPICE(BUG)", "Input frame " + std::string(fixref) + " has associated frame ID code " +
                                        std::to_string(frcode) + ", but no info was found by FRINFO for this frame.");
  }
  SC_TRY_ASSIGN(auto&& trgid, named(ctx, target, "target"));
  SC_TRY_ASSIGN(auto&& srcid, named(ctx, source, "source"));
  SC_TRY_ASSIGN(auto&& obsid, named(ctx, obsrvr, "observer"));
  if (info->center != trgid) {
    return make_error("SPICE(INVALIDFIXREF)", "Input frame " + std::string(fixref) + " is not centered on target body " +
                                                  std::string(target) +
                                                  ". This frame must be a body-fixed frame associated with the target.");
  }
  SC_TRY_ASSIGN(auto&& trgrad, target_radii(ctx, trgid));
  SC_TRY_ASSIGN(auto&& srcrad, target_radii(ctx, srcid));
  const double r = std::max(std::max(srcrad[0], srcrad[1]), srcrad[2]);
  SC_TRY_ASSIGN(auto&& tp, geometry::spkezp(ctx, trgid, et, fixref, abcorr, obsid));
  SC_TRY_ASSIGN(auto&& corr, geometry::parse_position_abcorr(abcorr));
  const double trgepc = corr.geometric ? et : (corr.transmission ? et + tp.lt : et - tp.lt);
  EllipsoidTerminator out;
  out.trgepc = trgepc;
  const Vec3 obspos = math::vminus(tp.pos);
  out.obspos = obspos;
  SC_TRY_ASSIGN(auto&& sp, geometry::spkezp(ctx, srcid, trgepc, fixref, abcorr, trgid));
  SC_TRY_ASSIGN(out.trmpts, zzedterm(trmtyp, trgrad[0], trgrad[1], trgrad[2], r, sp.pos, npts));
  return out;
}

}  // namespace sc::surface
