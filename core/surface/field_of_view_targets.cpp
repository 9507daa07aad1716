// FOVRAY, FOVTRG, ZZGFFVIN, ZZGFFVST, ZZFOVAXI, ZZWIND2D (see field_of_view_targets.hpp).
#include "surface/field_of_view_targets.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "frames/frames_api.hpp"
#include "geometry/abcorr.hpp"
#include "geometry/frame_ephemeris.hpp"
#include "geometry/states.hpp"
#include "geometry/stellar_aberration.hpp"
#include "instruments/field_of_view.hpp"
#include "math/constants.hpp"
#include "math/ellipse_in_pyramid.hpp"
#include "math/ellipses.hpp"
#include "math/ellipsoid.hpp"
#include "math/ellipsoid_occultation.hpp"
#include "math/exp_log.hpp"
#include "math/planes.hpp"
#include "math/vector_ops.hpp"
#include "surface/body_checks.hpp"
#include "time/fortran_numeric.hpp"

namespace sc::surface {
namespace {

using math::Vec3;

std::string ljust_upper(std::string_view s, std::size_t width) {
  std::size_t i = 0;
  while (i < s.size() && s[i] == ' ') ++i;
  std::string out(s.substr(i));
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  if (out.size() > width) out.resize(width);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

Vec3 bound(const std::vector<double>& b, int i) {
  const auto k = static_cast<std::size_t>(3 * i);
  return {b[k], b[k + 1], b[k + 2]};
}

// ZZWIND2D: the winding number of the polygon about `point` (2D vertices in pairs).
Result<int> zzwind2d(const std::vector<double>& vertcs, double px, double py) {
  const int n = static_cast<int>(vertcs.size() / 2);
  if (n < 3) return make_error("SPICE(DEGENERATECASE)", "Polygon must have at least 3 sides; N = " + std::to_string(n) + ".");
  double atotal = 0.0;
  Vec3 rvec{vertcs[0] - px, vertcs[1] - py, 0.0};
  for (int i = 2; i <= n + 1; ++i) {
    const int j = i <= n ? i : 1;
    const auto k = static_cast<std::size_t>(2 * (j - 1));
    const Vec3 rnext{vertcs[k] - px, vertcs[k + 1] - py, 0.0};
    const double sep = math::vsep(rnext, rvec);
    const double dot = rnext[0] * -rvec[1] + rnext[1] * rvec[0];
    atotal = dot >= 0.0 ? atotal + sep : atotal - sep;
    rvec = rnext;
  }
  return static_cast<int>(time::detail::nint(atotal / math::twopi()));
}

// ZZFOVAXI: the average of the unit boundary vectors (the convex-hull fallback, ZZHULLAX, is not
// implemented: such FOVs are refused).
Result<Vec3> zzfovaxi(std::string_view inst, const std::vector<double>& bounds, int n) {
  if (n < 3) {
    return make_error("SPICE(INVALIDCOUNT)", "Polygonal FOV requires at least 3 boundary vectors but number supplied for " +
                                                 std::string(inst) + " was " + std::to_string(n) + ".");
  }
  for (int i = 0; i < n; ++i) {
    const int next = i == n - 1 ? 0 : i + 1;
    if (math::vzero(math::vcrss(bound(bounds, i), bound(bounds, next)))) {
      return make_error("SPICE(DEGENERATECASE)", "Polygonal FOV must have linearly independent consecutive boundary "
                                                 "vectors. Instrument is " +
                                                     std::string(inst) + ".");
    }
  }
  Vec3 axis{};
  for (int i = 0; i < n; ++i) axis = math::vadd(math::vhat(bound(bounds, i)), axis);
  axis = math::vscl(1.0 / n, axis);
  const double limit = math::halfpi() - 1e-12;
  for (int i = 0; i < n; ++i) {
    if (math::vsep(bound(bounds, i), axis) > limit) {
      return make_error("SPICE(NOTSUPPORTED)", "The FOV of " + std::string(inst) +
                                                   " needs ZZHULLAX's convex-hull axis, which this build lacks.");
    }
  }
  return math::vhat(axis);
}

enum class TargetShape { Point, Ellipsoid, Ray };

struct FovSetup {
  TargetShape tshape = TargetShape::Point;
  int obs = 0, targ = 0;
  std::string tname, tframe, corr;
  bool ustl = false, xmit = false;
  Vec3 trad{}, rdir{};
  std::string ishape, iframe;
  int nvrt = 0;
  std::vector<double> bounds;
  Vec3 faxi{}, fvct{};
  double arad = 0;
  math::Plane plane{};
  std::array<Vec3, 2> semi{};
  std::array<double, 2> xmag{};
  math::Mat3 fsmx{};  // semi-axis matrix of the FOV ellipsoid (columns)
  Vec3 edct{};
  math::Mat3 fovm{};  // rows: the FOV frame's x, y, z
  std::vector<double> fpol;
};

// ZZGFFVIN.
Result<FovSetup> fov_setup(const Context& ctx, std::string_view inst, std::string_view tshape,
                           std::span<const double> raydir, std::string_view target, std::string_view tframe,
                           std::string_view abcorr, std::string_view obsrvr) {
  FovSetup s;
  {
    SC_TRY_ASSIGN(auto&& code, ctx.body_names().string_to_code_checked(obsrvr, ctx.pool()));
    if (!code) {
      return make_error("SPICE(IDCODENOTFOUND)", "The observer, '" + std::string(obsrvr) +
                                                     "', is not a recognized name for an ephemeris object. The cause "
                                                     "of this problem may be that you need an updated version of the "
                                                     "SPICE Toolkit. ");
    }
    s.obs = *code;
  }
  const std::string shp = ljust_upper(tshape, 9);
  if (shp != "POINT" && shp != "ELLIPSOID" && shp != "RAY") {
    return make_error("SPICE(INVALIDSHAPE)", "The target shape specification, '" + std::string(tshape) + "', is not recognized.");
  }
  s.tshape = shp == "RAY" ? TargetShape::Ray : shp == "ELLIPSOID" ? TargetShape::Ellipsoid : TargetShape::Point;
  const bool uray = s.tshape == TargetShape::Ray;
  const bool etrg = s.tshape == TargetShape::Ellipsoid;
  if (!uray) {
    SC_TRY_ASSIGN(auto&& code, ctx.body_names().string_to_code_checked(target, ctx.pool()));
    if (!code) {
      return make_error("SPICE(IDCODENOTFOUND)", "The target object, '" + std::string(target) +
                                                     "', is not a recognized name for an ephemeris object. The cause "
                                                     "of this problem may be that you need an updated version of the "
                                                     "SPICE Toolkit. ");
    }
    s.targ = *code;
    s.tname = target;
    if (s.targ == s.obs) {
      return make_error("SPICE(BODIESNOTDISTINCT)", "The observer and target must be distinct objects, but are not: "
                                                    "OBSRVR = " +
                                                        std::string(obsrvr) + "; TARGET = " + std::string(target) + ";");
    }
  }
  if (uray || etrg) {
    if (ljust_upper(tframe, 32).empty()) {
      return make_error("SPICE(INVALIDFRAME)", "The target is not modeled as a point, but the associated frame name is blank.");
    }
    const int framid = frames::namfrm(ctx, tframe).value_or(0);
    if (framid == 0) {
      return make_error("SPICE(INVALIDFRAME)", "The target frame name " + std::string(tframe) + " is not recognized.");
    }
    s.tframe = ljust_upper(tframe, 32);
    const auto info = frames::frinfo(ctx, framid);
    if (!info) {
      return make_error("SPICE(FRAMEINFONOTFOUND)", "Frame ID found for " + std::string(target) +
                                                        " body-fixed frame but FRINFO couldn't find frame info.");
    }
    if (etrg && info->center != s.targ) {
      return make_error("SPICE(INVALIDFRAME)", "Supposed body-fixed frame " + std::string(tframe) + " for target " +
                                                   std::string(target) + " is actually centered on body " +
                                                   std::to_string(info->center) + ".");
    }
  }
  const std::string key = geometry::abcorr_key(abcorr);
  if (uray) {
    // ZZPRSCOR: S and XS are accepted here; light time is not.
    if (key == "S" || key == "XS") {
      s.ustl = true;
      s.xmit = key == "XS";
    } else {
      SC_TRY_ASSIGN(auto&& corr, geometry::parse_abcorr(abcorr));
      if (corr.light_time) {
        return make_error("SPICE(INVALIDOPTION)", "Aberration correction flag " + std::string(abcorr) +
                                                      " calls for light time corrections; these are not supported "
                                                      "for targets represented by rays.");
      }
    }
  } else {
    SC_TRY(geometry::parse_abcorr(abcorr));
  }
  s.corr = key;
  if (etrg) {
    SC_TRY_ASSIGN(s.trad, target_radii(ctx, s.targ));
  }
  if (uray) {
    const Vec3 rd = math::fixed_vector<3>(raydir);
    if (math::vzero(rd)) {
      return make_error("SPICE(ZEROVECTOR)", "Input ray direction was the zero vector; this vector must be non-zero.");
    }
    s.rdir = math::vhat(rd);
  }
  int instid = 0;
  {
    SC_TRY_ASSIGN(auto&& code, ctx.body_names().string_to_code_checked(inst, ctx.pool()));
    if (!code) {
      return make_error("SPICE(IDCODENOTFOUND)", "'" + std::string(inst) +
                                                     "' is not a recognized name for an instrument. The cause of this "
                                                     "problem may be that you have not loaded a required frame kernel "
                                                     "or instrument kernel.");
    }
    instid = *code;
  }
  SC_TRY_ASSIGN(auto&& fov, instruments::getfov(ctx.pool(), instid, 10000));
  const Vec3 bsite = math::vhat(fov.bsight);
  s.ishape = ljust_upper(fov.shape, 9);
  if (s.ishape == "RECTANGLE") s.ishape = "POLYGON";
  s.iframe = fov.frame;
  s.nvrt = fov.n;
  s.bounds = fov.bounds;
  if (s.ishape == "POLYGON") {
    SC_TRY_ASSIGN(s.faxi, zzfovaxi(inst, s.bounds, s.nvrt));
  } else {
    s.faxi = bsite;
  }
  s.arad = 0.0;
  for (int i = 0; i < s.nvrt; ++i) s.arad = std::max(s.arad, math::vsep(bound(s.bounds, i), s.faxi));
  if (s.arad > math::halfpi() - 1e-6) {
    return make_error("SPICE(FOVTOOWIDE)", "FOV angular radius exceeds the limit.");
  }
  SC_TRY_ASSIGN(s.plane, math::nvc2pl(s.faxi, 1.0));
  s.fvct = math::vhat(s.faxi);
  const Vec3 origin{0, 0, 0};
  if (s.ishape == "ELLIPSE" || (s.ishape == "CIRCLE" && etrg)) {
    if (s.ishape == "CIRCLE") {
      const Vec3 second = math::vrotv(bound(s.bounds, 0), s.faxi, math::halfpi());
      if (s.bounds.size() < 6) s.bounds.resize(6);
      s.bounds[3] = second[0];
      s.bounds[4] = second[1];
      s.bounds[5] = second[2];
    }
    for (int i = 0; i < 2; ++i) {
      SC_TRY_ASSIGN(auto&& x, math::inrypl(origin, bound(s.bounds, i), s.plane));
      if (x.nxpts != 1) {
        return make_error("SPICE(DEGENERATECASE)", "Error creating FOV semi-axis vectors, NXPTS = " +
                                                       std::to_string(x.nxpts) + ". This may indicate an error in the IK "
                                                                                 "parameters for " +
                                                       std::string(inst) + ".");
      }
      s.semi[static_cast<std::size_t>(i)] = math::vsub(x.xpt, s.fvct);
      s.xmag[static_cast<std::size_t>(i)] = math::vnorm(s.semi[static_cast<std::size_t>(i)]);
      if (s.xmag[static_cast<std::size_t>(i)] == 0.0) {
        return make_error("SPICE(DEGENERATECASE)", "FOV semi-axis " + std::to_string(i + 1) + " for " +
                                                       std::string(inst) + " has zero length.");
      }
    }
  }
  if ((s.ishape == "CIRCLE" || s.ishape == "ELLIPSE") && etrg) {
    // An ellipsoid whose limb seen from the observer is the FOV boundary, shrunk toward the
    // observer (ZZOCCED only compares directions).
    const double ctrext = s.xmag[0] * s.xmag[0];
    s.edct = math::vscl(ctrext + 1.0, s.fvct);
    std::array<double, 3> ellrad{};
    ellrad[2] = s.xmag[0] * std::sqrt(math::pow(s.xmag[0], 2.0) + 1.0);
    ellrad[0] = ellrad[2];
    std::array<Vec3, 3> col{};
    col[2] = math::vscl(ellrad[2], s.fvct);
    col[0] = math::vscl(ellrad[0], math::vhat(s.semi[0]));
    ellrad[1] = s.xmag[1] / s.xmag[0] * ellrad[2];
    col[1] = math::vscl(ellrad[1], math::ucrss(col[2], col[0]));
    const double escale = 1e-5 / (math::vnorm(s.edct) + std::max(ellrad[0], ellrad[1]));
    for (int c = 0; c < 3; ++c) {
      const Vec3 v = math::vscl(escale, col[static_cast<std::size_t>(c)]);
      for (int r = 0; r < 3; ++r) s.fsmx[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)] = v[static_cast<std::size_t>(r)];
    }
    s.edct = math::vscl(escale, s.edct);
  }
  if (s.ishape == "CIRCLE" && !etrg) {
    s.arad = math::vsep(s.faxi, bound(s.bounds, 0));
  } else if (s.ishape == "POLYGON" && !etrg) {
    const math::Frame f = math::frame(s.faxi);
    s.fovm = {f.y, f.z, f.x};
    for (int i = 0; i < s.nvrt; ++i) {
      SC_TRY_ASSIGN(auto&& x, math::inrypl(origin, bound(s.bounds, i), s.plane));
      if (x.nxpts != 1) {
        return make_error("SPICE(DEGENERATECASE)", "Error finding FOV plane intercept of FOV boundary vector " +
                                                       std::to_string(i + 1) + ", NXPTS = " + std::to_string(x.nxpts) +
                                                       ". This may indicate an error in the IK parameters for " +
                                                       std::string(inst) + ".");
      }
      const Vec3 v2 = math::mxv(s.fovm, math::vsub(x.xpt, s.fvct));
      s.fpol.push_back(v2[0]);
      s.fpol.push_back(v2[1]);
    }
  }
  return s;
}

// ZZGFFVST.
Result<bool> fov_state(const Context& ctx, const FovSetup& s, double et) {
  if (s.tshape == TargetShape::Ellipsoid) {
    SC_TRY_ASSIGN(auto&& p, geometry::spkezp(ctx, s.targ, et, s.tframe, s.corr, s.obs));
    SC_TRY_ASSIGN(auto&& corr, geometry::parse_abcorr(s.corr));
    const double ettarg = corr.geometric ? et : (corr.transmission ? et + p.lt : et - p.lt);
    SC_TRY_ASSIGN(auto&& m1, geometry::pxform(ctx, s.tframe, "J2000", ettarg));
    SC_TRY_ASSIGN(auto&& m2, geometry::pxform(ctx, "J2000", s.iframe, et));
    const math::Mat3 insmat = math::multiply(m2, m1);
    if (s.ishape == "POLYGON") {
      // The target's limb seen from the observer, moved to the observer's origin and rotated into
      // the instrument frame, against the FOV pyramid.
      SC_TRY_ASSIGN(auto&& limb, math::edlimb(s.trad[0], s.trad[1], s.trad[2], math::vminus(p.pos)));
      const Vec3 center = math::vadd(p.pos, limb.center);
      const math::Ellipse fvlimb = math::cgv2el(math::mxv(insmat, center), math::mxv(insmat, limb.smajor),
                                                math::mxv(insmat, limb.sminor));
      return math::zzelvupy(fvlimb, Vec3{0, 0, 0}, s.faxi, s.nvrt, s.bounds);
    }
    const Vec3 trgctr = math::mxv(insmat, p.pos);
    math::Mat3 trgsmx{};
    for (int c = 0; c < 3; ++c) {
      const Vec3 v = math::vscl(s.trad[static_cast<std::size_t>(c)],
                                Vec3{insmat[0][static_cast<std::size_t>(c)], insmat[1][static_cast<std::size_t>(c)],
                                     insmat[2][static_cast<std::size_t>(c)]});
      for (int r = 0; r < 3; ++r) trgsmx[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)] = v[static_cast<std::size_t>(r)];
    }
    SC_TRY_ASSIGN(auto&& ocstat, math::zzocced(Vec3{0, 0, 0}, s.edct, s.fsmx, trgctr, trgsmx));
    return ocstat != 0;
  }
  Vec3 dir{};
  if (s.tshape == TargetShape::Ray) {
    SC_TRY_ASSIGN(auto&& insmat, geometry::pxform(ctx, s.tframe, s.iframe, et));
    dir = math::mxv(insmat, s.rdir);
    if (s.ustl) {
      SC_TRY_ASSIGN(auto&& stobs, geometry::spkssb(ctx, s.obs, et, "J2000"));
      SC_TRY_ASSIGN(auto&& m1, geometry::pxform(ctx, s.iframe, "J2000", et));
      const Vec3 vtemp = math::mxv(m1, dir);
      const Vec3 vobs{stobs[3], stobs[4], stobs[5]};
      Vec3 vtemp2{};
      if (s.xmit) {
        SC_TRY_ASSIGN(vtemp2, geometry::stlabx(vtemp, vobs));
      } else {
        SC_TRY_ASSIGN(vtemp2, geometry::stelab(vtemp, vobs));
      }
      dir = math::mxv(math::transpose(m1), vtemp2);
    }
  } else {
    SC_TRY_ASSIGN(auto&& p, geometry::spkezp(ctx, s.targ, et, "J2000", s.corr, s.obs));
    SC_TRY_ASSIGN(auto&& m1, geometry::pxform(ctx, "J2000", s.iframe, et));
    dir = math::mxv(m1, p.pos);
  }
  const double sep = math::vsep(dir, s.faxi);
  if (s.ishape == "CIRCLE") return sep <= s.arad;
  if (sep > s.arad) return false;
  SC_TRY_ASSIGN(auto&& x, math::inrypl(Vec3{0, 0, 0}, dir, s.plane));
  if (x.nxpts == 0) return false;
  if (x.nxpts != 1) return make_error("SPICE(BUG)", "The observer-target ray lies in the FOV plane.");
  const Vec3 fovpt = math::vsub(x.xpt, s.fvct);
  if (s.ishape == "ELLIPSE") {
    std::array<double, 2> coord{};
    for (int i = 0; i < 2; ++i) {
      coord[static_cast<std::size_t>(i)] =
          math::vdot(fovpt, s.semi[static_cast<std::size_t>(i)]) / s.xmag[static_cast<std::size_t>(i)];
    }
    const double l = math::pow(coord[0] / s.xmag[0], 2.0) + math::pow(coord[1] / s.xmag[1], 2.0);
    return l <= 1.0;
  }
  const Vec3 v = math::mxv(s.fovm, fovpt);
  SC_TRY_ASSIGN(auto&& w, zzwind2d(s.fpol, v[0], v[1]));
  return w != 0;
}

}  // namespace

Result<bool> fovray(const Context& ctx, std::string_view inst, std::span<const double> raydir,
                    std::string_view rframe, std::string_view abcorr, std::string_view obsrvr, double et) {
  SC_TRY_ASSIGN(auto&& s, fov_setup(ctx, inst, "RAY", raydir, " ", rframe, abcorr, obsrvr));
  return fov_state(ctx, s, et);
}

Result<bool> fovtrg(const Context& ctx, std::string_view inst, std::string_view target, std::string_view tshape,
                    std::string_view tframe, std::string_view abcorr, std::string_view obsrvr, double et) {
  const std::array<double, 3> none{0, 0, 0};
  SC_TRY_ASSIGN(auto&& s, fov_setup(ctx, inst, tshape, none, target, tframe, abcorr, obsrvr));
  return fov_state(ctx, s, et);
}

Result<std::function<Result<bool>(double et)>> fov_condition(const Context& ctx, std::string_view inst,
                                                             std::string_view tshape, std::span<const double> raydir,
                                                             std::string_view target, std::string_view tframe,
                                                             std::string_view abcorr, std::string_view obsrvr) {
  SC_TRY_ASSIGN(auto&& s, fov_setup(ctx, inst, tshape, raydir, target, tframe, abcorr, obsrvr));
  auto setup = std::make_shared<const FovSetup>(std::move(s));
  return std::function<Result<bool>(double)>([&ctx, setup](double et) { return fov_state(ctx, *setup, et); });
}

}  // namespace sc::surface
