// TANGPT (see tangent_point.hpp), step for step.
#include "surface/tangent_point.hpp"

#include <cmath>
#include <string>

#include "geometry/abcorr.hpp"
#include "geometry/frame_ephemeris.hpp"
#include "geometry/speed_of_light.hpp"
#include "geometry/states.hpp"
#include "geometry/stellar_aberration.hpp"
#include "math/ellipsoid.hpp"
#include "math/planes.hpp"
#include "math/vector_ops.hpp"
#include "bodies/body_constants.hpp"
#include "surface/body_checks.hpp"
#include "surface/ljucrs.hpp"

namespace sc::surface {
namespace {

using math::Vec3;

double vdist(const Vec3& a, const Vec3& b) { return math::vnorm(math::vsub(a, b)); }

// VREL: the distance of two vectors relative to the larger norm (0 when both are zero).
double vrel(const Vec3& a, const Vec3& b) {
  const double n = std::max(math::vnorm(a), math::vnorm(b));
  return n == 0.0 ? 0.0 : vdist(a, b) / n;
}

// EDPNT: the ellipsoid point on the line from the center through p (the radii were checked).
Result<Vec3> edpnt(const Vec3& p, const Vec3& r) {
  if (math::vzero(p)) return make_error("SPICE(ZEROVECTOR)", "Input point was the zero vector. A non-zero vector is required.");
  const double d1 = p[0] / r[0];
  const double d2 = p[1] / r[1];
  const double d3 = p[2] / r[2];
  const double level = d1 * d1 + d2 * d2 + d3 * d3;
  if (level <= 0.0) return make_error("SPICE(POINTTOOSMALL)", "Input point's level surface parameter was non-positive.");
  const double sq = std::sqrt(level);
  return Vec3{p[0] / sq, p[1] / sq, p[2] / sq};
}

}  // namespace

Result<TangentPoint> tangpt(const Context& ctx, std::string_view method, std::string_view target, double et,
                            std::string_view fixref, std::string_view abcorr, std::string_view corloc,
                            std::string_view obsrvr, std::string_view dref, std::span<const double> dvec_in) {
  SC_TRY_ASSIGN(auto&& corr, geometry::parse_abcorr(abcorr));
  const bool uselt = corr.light_time;
  const double s = uselt ? (corr.transmission ? 1.0 : -1.0) : 0.0;
  if (!geometry::eqstr(method, "ELLIPSOID")) {
    return make_error("SPICE(NOTSUPPORTED)",
                      "Method is currently restricted to ELLIPSOID, but input value was " + std::string(method) + ".");
  }
  // LJUCRS(0) into a CHARACTER*15.
  std::string locstr = ljucrs(0, corloc);
  if (locstr.size() > 15) locstr.resize(15);
  bool tanloc = false;
  if (locstr == "TANGENTPOINT") {
    tanloc = true;
  } else if (locstr != "SURFACEPOINT") {
    return make_error("SPICE(NOTSUPPORTED)", "Aberration correction locus must be one of TANGENT POINT or SURFACE "
                                             "POINT but was " +
                                                 std::string(corloc) + ".");
  }
  const Vec3 dvec = math::fixed_vector<3>(dvec_in);
  if (math::vzero(dvec)) {
    return make_error("SPICE(ZEROVECTOR)", "Input ray direction was the zero vector; this vector must be non-zero.");
  }
  SC_TRY_ASSIGN(auto&& trgcde, body_code(ctx, target, "target"));
  SC_TRY_ASSIGN(auto&& obscde, body_code(ctx, obsrvr, "observer"));
  if (obscde == trgcde) {
    return make_error("SPICE(BODIESNOTDISTINCT)",
                      "The observing body and target body are the same. Both are " + std::string(obsrvr) + ".");
  }
  SC_TRY_ASSIGN(auto&& radii_values, bodies::bodvcd(ctx.pool(), trgcde, "RADII", 3));
  if (radii_values.size() != 3) {
    return make_error("SPICE(INVALIDCOUNT)", "Number of radii associated with target body " + std::string(target) +
                                                 " is " + std::to_string(radii_values.size()) + "; number must be 3.");
  }
  const Vec3 radii{radii_values[0], radii_values[1], radii_values[2]};
  SC_TRY(target_fixed_frame(ctx, fixref, trgcde, target));
  SC_TRY_ASSIGN(auto&& dframe, known_frame(ctx, dref));

  SC_TRY_ASSIGN(auto&& tp, geometry::spkpos(ctx, target, et, fixref, abcorr, obsrvr));
  const Vec3 tpos = tp.pos;
  if (math::vzero(tpos)) {
    return make_error("SPICE(NOSEPARATION)", "Observer " + std::string(obsrvr) + " and target " + std::string(target) +
                                                 " have distinct ID codes but the distance between these objects is "
                                                 "zero.");
  }
  Vec3 fixobs = math::vminus(tpos);
  {
    SC_TRY_ASSIGN(auto&& p, edpnt(fixobs, radii));
    if (math::vnorm(p) >= math::vnorm(fixobs)) {
      return make_error("SPICE(INVALIDGEOMETRY)", "Observer " + std::string(obsrvr) +
                                                      " is inside ellipsoid representing target body " +
                                                      std::string(target) + " shape.");
    }
  }
  double lt = tp.lt;
  double trgepc = et + s * lt;
  double refepc = et;
  if (!(dframe.frame_class == 1 || dframe.center == obscde || !uselt)) {
    SC_TRY_ASSIGN(auto&& cp, geometry::spkezp(ctx, dframe.center, et, "J2000", abcorr, obscde));
    refepc = et + s * cp.lt;
  }
  Vec3 j2dir = dvec;
  if (dframe.id != 1) {
    SC_TRY_ASSIGN(auto&& r2jmat, geometry::pxform(ctx, dref, "J2000", refepc));
    j2dir = math::mxv(r2jmat, dvec);
  }
  SC_TRY_ASSIGN(auto&& j2fixm0, geometry::pxform(ctx, "J2000", fixref, trgepc));
  Vec3 fixdir = math::mxv(j2fixm0, j2dir);

  SC_TRY_ASSIGN(auto&& np, math::npedln(radii[0], radii[1], radii[2], fixobs, fixdir));
  Vec3 srfpt = np.pnear;
  double alt = np.dist;
  Vec3 srfvec = math::vsub(srfpt, fixobs);
  SC_TRY_ASSIGN(auto&& lp, math::nplnpt(fixobs, fixdir, srfpt));
  Vec3 tanpt = lp.pnear;
  double range = 0;
  if (!uselt) {
    const Vec3 tanoff = math::vsub(tanpt, fixobs);
    if (math::vdot(tanoff, fixdir) <= 0.0) {
      tanpt = fixobs;
      range = 0.0;
      SC_TRY_ASSIGN(auto&& near, math::nearpt(fixobs, radii[0], radii[1], radii[2]));
      srfpt = near.npoint;
      alt = near.alt;
      srfvec = math::vsub(srfpt, fixobs);
    } else if (alt == 0.0) {
      tanpt = srfpt;
      range = math::vnorm(srfvec);
    } else {
      range = vdist(fixobs, tanpt);
    }
    return TangentPoint{tanpt, alt, range, srfpt, et, srfvec};
  }

  const int nitr = corr.converged ? 10 : 3;
  double dist = tanloc ? vdist(fixobs, tanpt) : math::vnorm(srfvec);
  SC_TRY_ASSIGN(auto&& ssbost, geometry::spkssb(ctx, obscde, et, "J2000"));
  const Vec3 obsvel{ssbost[3], ssbost[4], ssbost[5]};
  lt = dist / geometry::kClight;
  trgepc = et + s * lt;
  double prevlt = 0.0, prvepc = trgepc;
  int i = 0;
  bool stlcnv = !corr.stellar;
  bool ltcnv = false;
  Vec3 stlobs = fixobs;
  while (i < nitr && !(ltcnv && stlcnv)) {
    Vec3 prvtan{}, prvsrf{};
    if (corr.stellar) {
      prvtan = tanpt;
      prvsrf = srfpt;
    }
    SC_TRY_ASSIGN(auto&& ssbtst, geometry::spkssb(ctx, trgcde, trgepc, "J2000"));
    const Vec3 j2opos{ssbost[0] - ssbtst[0], ssbost[1] - ssbtst[1], ssbost[2] - ssbtst[2]};
    SC_TRY_ASSIGN(auto&& j2fixm, geometry::pxform(ctx, "J2000", fixref, trgepc));
    Vec3 stlfix{};
    if (corr.stellar) {
      const Vec3 j2lcus = math::mxv(math::transpose(j2fixm), tanloc ? tanpt : srfpt);
      const Vec3 j2lpos = math::vadd(math::vminus(j2opos), j2lcus);
      Vec3 stlloc{};
      if (corr.transmission) {
        SC_TRY_ASSIGN(stlloc, geometry::stlabx(j2lpos, obsvel));
      } else {
        SC_TRY_ASSIGN(stlloc, geometry::stelab(j2lpos, obsvel));
      }
      stlfix = math::mxv(j2fixm, math::vsub(stlloc, j2lpos));
    }
    fixobs = math::mxv(j2fixm, j2opos);
    fixdir = math::mxv(j2fixm, j2dir);
    stlobs = math::vsub(fixobs, stlfix);
    SC_TRY_ASSIGN(auto&& np2, math::npedln(radii[0], radii[1], radii[2], stlobs, fixdir));
    srfpt = np2.pnear;
    alt = np2.dist;
    if (alt != 0.0) {
      SC_TRY_ASSIGN(auto&& lp2, math::nplnpt(stlobs, fixdir, srfpt));
      tanpt = lp2.pnear;
    } else {
      tanpt = srfpt;
    }
    srfvec = math::vsub(srfpt, stlobs);
    const Vec3 tanoff = math::vsub(tanpt, stlobs);
    if (math::vdot(tanoff, fixdir) <= 0.0) {
      tanpt = stlobs;
      range = 0.0;
      SC_TRY_ASSIGN(auto&& near, math::nearpt(stlobs, radii[0], radii[1], radii[2]));
      srfpt = near.npoint;
      alt = near.alt;
      srfvec = math::vsub(srfpt, tanpt);
      if (tanloc) {
        lt = 0.0;
        trgepc = et;
      } else {
        lt = alt / geometry::kClight;
        trgepc = et + s * lt;
      }
    } else {
      dist = tanloc ? vdist(fixobs, tanpt) : vdist(fixobs, srfpt);
      lt = dist / geometry::kClight;
      trgepc = et + s * lt;
    }
    const double ltdiff = std::fabs(lt - prevlt);
    const double epcdif = std::fabs(trgepc - prvepc);
    prevlt = lt;
    prvepc = trgepc;
    ++i;
    ltcnv = ltdiff < std::fabs(lt) * 1e-16 || epcdif == 0.0;
    if (corr.stellar) stlcnv = vrel(tanpt, prvtan) < 1e-16 && vrel(srfpt, prvsrf) < 1e-16;
  }
  range = vdist(stlobs, tanpt);
  return TangentPoint{tanpt, alt, range, srfpt, trgepc, srfvec};
}

}  // namespace sc::surface
