// SINCPT and ZZSFXCOR (see intercept.hpp), step for step as CSPICE N0067 computes them.
#include "surface/intercept.hpp"

#include <cmath>

#include "geometry/abcorr.hpp"
#include "geometry/frame_ephemeris.hpp"
#include "geometry/speed_of_light.hpp"
#include "geometry/states.hpp"
#include "geometry/stellar_aberration.hpp"
#include "math/planes.hpp"
#include "math/rotation.hpp"
#include "math/trig.hpp"
#include "math/vector_ops.hpp"
#include "surface/body_checks.hpp"
#include "surface/ellipsoid_shape.hpp"
#include "surface/method_string.hpp"
#include "surface/target_surface.hpp"

namespace sc::surface {
namespace {

using math::Vec3;

double vdist(const Vec3& a, const Vec3& b) { return math::vnorm(math::vsub(a, b)); }
Vec3 position(const std::array<double, 6>& s) { return {s[0], s[1], s[2]}; }

// DASINE with ZZSFXCOR's tolerance: arguments within 1e-14 beyond +-1 are taken as +-1.
double dasine(double x) {
  if (x > 1.0) x = 1.0;
  if (x < -1.0) x = -1.0;
  return math::asin(x);
}


}  // namespace

Result<std::optional<SubPoint>> sincpt(const Context& ctx, std::string_view method, std::string_view target,
                                       double et, std::string_view fixref, std::string_view abcorr,
                                       std::string_view obsrvr, std::string_view dref, std::span<const double> dvec_in) {
  using Out = std::optional<SubPoint>;
  SC_TRY_ASSIGN(auto&& corr, geometry::parse_abcorr(abcorr));
  SC_TRY_ASSIGN(auto&& trgcde, body_code(ctx, target, "target"));
  SC_TRY_ASSIGN(auto&& obscde, distinct_observer(ctx, trgcde, obsrvr, "the surface intercept point"));
  SC_TRY_ASSIGN(auto&& fixfrm, target_fixed_frame(ctx, fixref, trgcde, target));
  const Vec3 dvec = math::fixed_vector<3>(dvec_in);
  if (math::vzero(dvec)) {
    return make_error("SPICE(ZEROVECTOR)", "Input ray direction was the zero vector; this vector must be non-zero.");
  }
  SC_TRY_ASSIGN(auto&& dframe, known_frame(ctx, dref));
  SC_TRY_ASSIGN(auto&& spec, parse_method(ctx, trgcde, method));
  if (!spec.subtype.empty()) {
    return make_error("SPICE(INVALIDMETHOD)",
                      "Spurious sub-observer point type <" + spec.subtype + "> was present in the method string " +
                          std::string(method) +
                          ". The sub-observer type is valid in the method strings for SUBPNT and SUBSLR, but is not "
                          "applicable for SINCPT.");
  }
  // ZZSUELIN or ZZSUDSKI: the ellipsoid's radii, or the DSK segments' bounding radii.
  SC_TRY_ASSIGN(auto&& shape, target_surface(ctx, spec, trgcde, fixfrm.id));

  // ZZSFXCOR.
  const bool uselt = corr.light_time;
  const double s = uselt ? (corr.transmission ? 1.0 : -1.0) : 0.0;
  // The correction without stellar aberration, for the target's position.
  const char* loccor = !uselt ? "NONE"
                              : (corr.transmission ? (corr.converged ? "XCN" : "XLT") : (corr.converged ? "CN" : "LT"));
  SC_TRY_ASSIGN(auto&& tp, geometry::spkezp(ctx, trgcde, et, fixref, loccor, obscde));
  Vec3 obspos = math::vminus(tp.pos);
  double lt = tp.lt;
  double trgepc = et + s * lt;

  double refepc = et;
  if (dframe.frame_class != 1 && uselt && dframe.center != obscde) {
    SC_TRY_ASSIGN(auto&& rp, geometry::spkezp(ctx, dframe.center, et, "J2000", abcorr, obscde));
    refepc = et + s * rp.lt;
  }
  SC_TRY_ASSIGN(auto&& r2jmat, geometry::pxform(ctx, dref, "J2000", refepc));
  Vec3 j2dir = math::mxv(r2jmat, dvec);
  const Vec3 j2geom = j2dir;
  SC_TRY_ASSIGN(auto&& j2tmat, geometry::pxform(ctx, "J2000", fixref, trgepc));
  Vec3 trgdir = math::mxv(j2tmat, j2dir);
  SC_TRY_ASSIGN(auto&& ssbost, geometry::spkssb(ctx, obscde, et, "J2000"));
  const Vec3 obsvel{ssbost[3], ssbost[4], ssbost[5]};

  if (corr.stellar) {
    // Remove stellar aberration from the ray: start from the opposite direction's correction and
    // refine by the error of the forward correction, up to 5 times.
    const int nitr = 5;
    Vec3 stldir{};
    if (corr.transmission) {
      SC_TRY_ASSIGN(stldir, geometry::stelab(j2dir, obsvel));
    } else {
      SC_TRY_ASSIGN(stldir, geometry::stlabx(j2dir, obsvel));
    }
    double relerr = 1.0;
    int i = 1;
    while (i <= nitr && relerr > 1e-17) {
      Vec3 j2est{};
      if (corr.transmission) {
        SC_TRY_ASSIGN(j2est, geometry::stlabx(stldir, obsvel));
      } else {
        SC_TRY_ASSIGN(j2est, geometry::stelab(stldir, obsvel));
      }
      const Vec3 stlerr = math::vsub(j2dir, j2est);
      stldir = math::vadd(stlerr, stldir);
      relerr = math::vnorm(stlerr) / math::vnorm(stldir);
      ++i;
    }
    j2dir = stldir;
    trgdir = math::mxv(j2tmat, j2dir);
  }

  // Quick rejection: a ray farther from the target's center direction than the bounding sphere's
  // angular radius (with a 1% margin) cannot hit.
  const double maxrad = shape.maxrad;
  const double range = math::vnorm(obspos);
  if (range == 0.0) {
    return make_error("SPICE(NOSEPARATION)", "Observer-target distance is zero. Observer ID is " +
                                                 std::to_string(obscde) + "; target ID is " + std::to_string(trgcde) +
                                                 ".");
  }
  if (range > maxrad * 1.01) {
    const double reject = dasine(maxrad * 1.01 / range);
    if (math::vsep(math::vminus(obspos), trgdir) > reject) return Out{};
  }

  Vec3 spoint{};
  bool found = false;
  {
    SC_TRY_ASSIGN(auto&& hit, surface_intercept(ctx, shape, obspos, trgdir, trgepc));
    if (hit) {
      spoint = *hit;
      found = true;
    }
  }
  if (found && !uselt) return Out(SubPoint{spoint, trgepc, math::vsub(spoint, obspos)});

  math::Mat3 xform = j2tmat;
  if (!found) {
    // A better light time from the ellipsoid point nearest the ray may still give an intercept.
    const int nitr = corr.converged ? 3 : 1;
    int i = 1;
    while (i <= nitr && !found) {
      SC_TRY_ASSIGN(auto&& near, surface_near_ray(shape, obspos, trgdir));
      lt = vdist(obspos, near.pnear) / geometry::kClight;
      trgepc = et + s * lt;
      SC_TRY_ASSIGN(auto&& ssbtst, geometry::spkssb(ctx, trgcde, trgepc, "J2000"));
      const Vec3 j2pos = math::vsub(position(ssbost), position(ssbtst));
      SC_TRY_ASSIGN(xform, geometry::pxform(ctx, "J2000", fixref, trgepc));
      obspos = math::mxv(xform, j2pos);
      trgdir = math::mxv(xform, j2dir);
      SC_TRY_ASSIGN(auto&& hit, surface_intercept(ctx, shape, obspos, trgdir, trgepc));
      if (hit) {
        spoint = *hit;
        found = true;
      }
      ++i;
    }
    if (!found) return Out{};
  }

  const int nitr = corr.converged ? 10 : 1;
  double dist = vdist(obspos, spoint);
  lt = dist / geometry::kClight;
  trgepc = et + s * lt;
  double prevlt = 0.0, prevet = trgepc, ltdiff = 1.0, etdiff = 1.0;
  int i = 0;
  while (i < nitr && ltdiff > std::fabs(lt) * 1e-17 && etdiff > 0.0) {
    SC_TRY_ASSIGN(auto&& ssbtst, geometry::spkssb(ctx, trgcde, trgepc, "J2000"));
    const Vec3 j2pos = math::vsub(position(ssbost), position(ssbtst));
    SC_TRY_ASSIGN(xform, geometry::pxform(ctx, "J2000", fixref, trgepc));
    obspos = math::mxv(xform, j2pos);
    trgdir = math::mxv(xform, j2dir);
    SC_TRY_ASSIGN(auto&& hit, surface_intercept(ctx, shape, obspos, trgdir, trgepc));
    if (hit) {
      spoint = *hit;
      found = true;
    } else {
      found = false;
      if (i < nitr - 1) {
        // Grazing geometry: continue from the point of the ray nearest the ellipsoid.
        SC_TRY_ASSIGN(auto&& near, surface_near_ray(shape, obspos, trgdir));
        SC_TRY_ASSIGN(auto&& online, math::nplnpt(obspos, trgdir, near.pnear));
        spoint = online.pnear;
      } else {
        return Out{};
      }
    }
    dist = vdist(obspos, spoint);
    lt = dist / geometry::kClight;
    trgepc = et + s * lt;
    ltdiff = std::fabs(lt - prevlt);
    etdiff = std::fabs(trgepc - prevet);
    prevlt = lt;
    prevet = trgepc;
    ++i;
  }
  if (!found) return Out{};
  // SRFVEC along the geometric ray (stellar aberration keeps lengths), in fixref at trgepc.
  const Vec3 udir = math::vhat(math::mxv(xform, j2geom));
  const double srflen = vdist(spoint, obspos);
  return Out(SubPoint{spoint, trgepc, math::vscl(srflen, udir)});
}

}  // namespace sc::surface
