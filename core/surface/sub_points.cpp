// SUBPNT and SUBSLR (see sub_points.hpp), step for step as CSPICE N0067 computes them.
#include "surface/sub_points.hpp"

#include <cmath>
#include <optional>
#include <vector>

#include "geometry/abcorr.hpp"
#include "geometry/constant_velocity_states.hpp"
#include "geometry/frame_ephemeris.hpp"
#include "geometry/speed_of_light.hpp"
#include "geometry/states.hpp"
#include "geometry/stellar_aberration.hpp"
#include "math/ellipsoid.hpp"
#include "math/rotation.hpp"
#include "math/vector_ops.hpp"
#include "surface/body_checks.hpp"
#include "surface/dsk_shape.hpp"
#include "surface/ellipsoid_shape.hpp"
#include "surface/method_string.hpp"

namespace sc::surface {
namespace {

using math::Vec3;

double vdist(const Vec3& a, const Vec3& b) { return math::vnorm(math::vsub(a, b)); }

Vec3 position(const std::array<double, 6>& s) { return {s[0], s[1], s[2]}; }

// The parsed method of a sub-point call: NEAR POINT/NADIR (near = true) or INTERCEPT.
struct SubMethod {
  ShapeKind shape = ShapeKind::Ellipsoid;
  bool near = true;
  std::vector<int> surfaces;  // DSK surface list (empty: all)
};

Result<SubMethod> sub_method(const Context& ctx, int trgcde, std::string_view method, std::string_view what) {
  SC_TRY_ASSIGN(auto&& spec, parse_method(ctx, trgcde, method));
  const std::string point = what == "SUBPNT" ? "Sub-observer point" : "Sub-solar point";
  if (spec.subtype.empty()) {
    return make_error("SPICE(INVALIDSUBTYPE)",
                      what == "SUBPNT"
                          ? "Sub-observer point type was invalid or was not found in the method string " +
                                std::string(method) + "."
                          : "Sub-solar point type is required but was not found in the method string " +
                                std::string(method) + ".");
  }
  SubMethod m;
  m.shape = spec.shape;
  m.surfaces = spec.surfaces;
  // Both NEAR POINT and NADIR mean the nearest point on an ellipsoid; a DSK has only NADIR.
  if (spec.shape == ShapeKind::Ellipsoid) {
    m.near = geometry::eqstr(spec.subtype, "NEAR POINT") || geometry::eqstr(spec.subtype, "NADIR");
  } else {
    m.near = geometry::eqstr(spec.subtype, "NADIR");
  }
  if (!m.near && !geometry::eqstr(spec.subtype, "INTERCEPT")) {
    return make_error("SPICE(INVALIDSUBTYPE)", "Invalid " + std::string(what == "SUBPNT" ? "sub-observer" : "sub-solar") +
                                                   " point type <" + spec.subtype +
                                                   "> was found in the method string " + std::string(method) + ".");
  }
  return m;
}

// The sub-point of a body seen from `from` (body-fixed, relative to the body's center) on the
// ellipsoid: NEARPT for NEAR POINT/NADIR, SURFPT along -from for INTERCEPT. `alt` gets the
// distance from `from` to the point. SPICE(DEGENERATECASE) when the intercept is missing.
Result<Vec3> ellipsoid_sub_point(const Vec3& from, const Vec3& radii, bool near, double& alt,
                                 std::string_view missing) {
  if (near) {
    SC_TRY_ASSIGN(auto&& np, math::nearpt(from, radii[0], radii[1], radii[2]));
    alt = np.alt;
    return np.npoint;
  }
  SC_TRY_ASSIGN(auto&& hit, ellipsoid_intercept(from, math::vminus(from), radii));
  if (!hit) return make_error("SPICE(DEGENERATECASE)", std::string(missing));
  alt = vdist(from, *hit);
  return *hit;
}

// The sub-point seen from `from` on the method's shape. The ellipsoid: as above. A DSK shape
// (SUBPNT's and SUBSLR's DSK branches): ZZSBFXR at `trgepc` on the ray from `from` toward the
// ellipsoid's near point (NADIR) or toward the body's center (INTERCEPT); `alt` is the distance
// from `from` to the intercept; no intercept is SPICE(SUBPOINTNOTFOUND).
Result<Vec3> shape_sub_point(const Context& ctx, const SubMethod& m, int trgcde, int fixfid, double trgepc,
                             const Vec3& from, const Vec3& radii, double& alt, std::string_view missing,
                             std::string_view who) {
  if (m.shape == ShapeKind::Ellipsoid) return ellipsoid_sub_point(from, radii, m.near, alt, missing);
  Vec3 dvec = math::vminus(from);
  if (m.near) {
    SC_TRY_ASSIGN(auto&& np, math::nearpt(from, radii[0], radii[1], radii[2]));
    dvec = math::vsub(np.npoint, from);
  }
  SC_TRY_ASSIGN(auto&& hit, dsk_ray_intercept(ctx, trgcde, m.surfaces, trgepc, fixfid, from, dvec));
  if (!hit) {
    return make_error("SPICE(SUBPOINTNOTFOUND)",
                      "No " + std::string(who) + " point was found on the surface defined by DSK data." +
                          (m.near ? " This problem can occur for bodies having shapes not well modeled by ellipsoids. "
                                    "Consider using the \"Intercept: DSK\" computation method."
                                  : " This problem can occur for a body having an irregular shape such that the "
                                    "origin of the body-fixed reference frame is outside of the body."));
  }
  alt = math::vnorm(math::vsub(hit->point, from));
  return hit->point;
}

}  // namespace

Result<SubPoint> subpnt(const Context& ctx, std::string_view method, std::string_view target, double et,
                        std::string_view fixref, std::string_view abcorr, std::string_view obsrvr) {
  SC_TRY_ASSIGN(auto&& corr, geometry::parse_abcorr(abcorr));
  SC_TRY_ASSIGN(auto&& trgcde, body_code(ctx, target, "target"));
  SC_TRY_ASSIGN(auto&& obscde, distinct_observer(ctx, trgcde, obsrvr, "the sub-observer point"));
  SC_TRY_ASSIGN(auto&& fixfrm, target_fixed_frame(ctx, fixref, trgcde, target));
  SC_TRY_ASSIGN(auto&& m, sub_method(ctx, trgcde, method, "SUBPNT"));

  const bool uselt = corr.light_time;
  const double s = uselt ? (corr.transmission ? 1.0 : -1.0) : 0.0;

  // First estimate: the target's apparent position in the body-fixed frame.
  SC_TRY_ASSIGN(auto&& tp, geometry::spkezp(ctx, trgcde, et, fixref, abcorr, obscde));
  const Vec3 tpos = tp.pos;
  Vec3 obspos = math::vminus(tpos);
  double lt = tp.lt;
  double trgepc = et + s * lt;
  SC_TRY_ASSIGN(auto&& radii, target_radii(ctx, trgcde));
  if (math::vnorm(obspos) == 0.0) {
    return make_error("SPICE(NOSEPARATION)", "Observer-target distance is zero. Observer is " + std::string(obsrvr) +
                                                 "; target is " + std::string(target) + ".");
  }
  double alt = 0;
  Vec3 spoint{};
  // (SUBPNT's first INTERCEPT ray points along the target's position, which is -obspos exactly.)
  SC_TRY_ASSIGN(spoint, shape_sub_point(ctx, m, trgcde, fixfrm.id, trgepc, obspos, radii, alt,
                                        "No intercept of observer-target ray was found.", "sub-observer"));
  if (!uselt) {
    return SubPoint{spoint, et, math::vsub(spoint, obspos)};
  }

  lt = alt / geometry::kClight;
  trgepc = et + s * lt;
  const int nitr = corr.converged ? 5 : 1;
  SC_TRY_ASSIGN(auto&& ssbost, geometry::spkssb(ctx, obscde, et, "J2000"));
  const Vec3 obsvel{ssbost[3], ssbost[4], ssbost[5]};
  int i = 0;
  double ltdiff = 1.0, etdiff = 1.0, prevlt = lt, prevet = trgepc;
  while (i < nitr && ltdiff > std::fabs(lt) * 1e-17 && etdiff > 0.0) {
    SC_TRY_ASSIGN(auto&& ssbtst, geometry::spkssb(ctx, trgcde, trgepc, "J2000"));
    const Vec3 j2pos = math::vsub(position(ssbost), position(ssbtst));
    SC_TRY_ASSIGN(auto&& xform, geometry::pxform(ctx, "J2000", fixref, trgepc));
    obspos = math::mxv(xform, j2pos);
    if (corr.stellar) {
      // The stellar aberration of the current sub-point estimate (not of the body's center),
      // computed in J2000 and applied as an offset to the observer's position.
      const Vec3 subvec = math::vsub(spoint, obspos);
      const Vec3 subvj2 = math::mxv(math::transpose(xform), subvec);
      Vec3 corvj2{};
      if (corr.transmission) {
        SC_TRY_ASSIGN(corvj2, geometry::stlabx(subvj2, obsvel));
      } else {
        SC_TRY_ASSIGN(corvj2, geometry::stelab(subvj2, obsvel));
      }
      const Vec3 corpos = math::mxv(xform, corvj2);
      const Vec3 stloff = math::vsub(corpos, subvec);
      obspos = math::vsub(obspos, stloff);
    }
    SC_TRY_ASSIGN(spoint, shape_sub_point(ctx, m, trgcde, fixfrm.id, trgepc, obspos, radii, alt,
                                          "No intercept of observer-target ray was found.", "sub-observer"));
    lt = alt / geometry::kClight;
    trgepc = et + s * lt;
    ltdiff = std::fabs(lt - prevlt);
    etdiff = std::fabs(trgepc - prevet);
    prevlt = lt;
    prevet = trgepc;
    ++i;
  }
  return SubPoint{spoint, trgepc, math::vsub(spoint, obspos)};
}

Result<SubPoint> subslr(const Context& ctx, std::string_view method, std::string_view target, double et,
                        std::string_view fixref, std::string_view abcorr, std::string_view obsrvr) {
  SC_TRY_ASSIGN(auto&& corr, geometry::parse_abcorr(abcorr));
  if (corr.transmission) {
    return make_error("SPICE(NOTSUPPORTED)", "Aberration correction flag " + std::string(abcorr) +
                                                 " calls for transmission-style corrections.");
  }
  SC_TRY_ASSIGN(auto&& trgcde, body_code(ctx, target, "target"));
  SC_TRY_ASSIGN(auto&& obscde, body_code(ctx, obsrvr, "observer"));
  if (trgcde == 10) {
    return make_error("SPICE(INVALIDTARGET)", "The target body is the sun; the sub-solar point is undefined for this case.");
  }
  SC_TRY_ASSIGN(auto&& fixfrm, target_fixed_frame(ctx, fixref, trgcde, target));
  SC_TRY_ASSIGN(auto&& m, sub_method(ctx, trgcde, method, "SUBSLR"));

  const bool uselt = corr.light_time;
  const double s = uselt ? -1.0 : 0.0;
  SC_TRY_ASSIGN(auto&& tp, geometry::spkezp(ctx, trgcde, et, fixref, abcorr, obscde));
  Vec3 obspos = math::vminus(tp.pos);
  double lt = tp.lt;
  double trgepc = et + s * lt;
  SC_TRY_ASSIGN(auto&& radii, target_radii(ctx, trgcde));
  // The Sun seen from the target's center at trgepc.
  SC_TRY_ASSIGN(auto&& sp, geometry::spkezp(ctx, 10, trgepc, fixref, abcorr, trgcde));
  Vec3 spos = sp.pos;
  double altsun = 0;
  SC_TRY_ASSIGN(auto&& spoint, shape_sub_point(ctx, m, trgcde, fixfrm.id, trgepc, spos, radii, altsun,
                                                "No intercept of sun-target ray was found.", "sub-solar"));
  if (!uselt) {
    return SubPoint{spoint, et, math::vsub(spoint, obspos)};
  }
  double obsrng = vdist(obspos, spoint);
  lt = obsrng / geometry::kClight;
  trgepc = et + s * lt;
  const int nitr = corr.converged ? 10 : 1;
  SC_TRY_ASSIGN(auto&& ssbost, geometry::spkssb(ctx, obscde, et, "J2000"));
  int i = 0;
  double ltdiff = 1.0, etdiff = 1.0, prevlt = lt, prevet = trgepc;
  while (i < nitr && ltdiff > std::fabs(lt) * 1e-17 && etdiff > 0.0) {
    SC_TRY_ASSIGN(auto&& ssbtst, geometry::spkssb(ctx, trgcde, trgepc, "J2000"));
    SC_TRY_ASSIGN(auto&& xform, geometry::pxform(ctx, "J2000", fixref, trgepc));
    obspos = math::mxv(xform, math::vsub(position(ssbost), position(ssbtst)));
    // The Sun's apparent position seen from the current sub-solar point (SPKCPO, OBSERVER
    // locus), moved to the target's center.
    SC_TRY_ASSIGN(auto&& sun, geometry::spkcpo(ctx, "SUN", trgepc, fixref, "OBSERVER", abcorr, spoint, target, fixref));
    spos = math::vadd(Vec3{sun.state[0], sun.state[1], sun.state[2]}, spoint);
    SC_TRY_ASSIGN(spoint, shape_sub_point(ctx, m, trgcde, fixfrm.id, trgepc, spos, radii, altsun,
                                                "No intercept of sun-target ray was found.", "sub-solar"));
    obsrng = vdist(obspos, spoint);
    lt = obsrng / geometry::kClight;
    trgepc = et + s * lt;
    ltdiff = std::fabs(lt - prevlt);
    etdiff = std::fabs(trgepc - prevet);
    prevlt = lt;
    prevet = trgepc;
    ++i;
    SC_TRY_ASSIGN(auto&& ssbtst2, geometry::spkssb(ctx, trgcde, trgepc, "J2000"));
    SC_TRY_ASSIGN(auto&& xform2, geometry::pxform(ctx, "J2000", fixref, trgepc));
    obspos = math::mxv(xform2, math::vsub(position(ssbost), position(ssbtst2)));
  }
  if (corr.stellar) {
    // SRFVEC with both corrections: the sub-solar point as a fixed target seen from the observer.
    SC_TRY_ASSIGN(auto&& st, geometry::spkcpt(ctx, spoint, target, fixref, et, fixref, "TARGET", abcorr, obsrvr));
    return SubPoint{spoint, trgepc, {st.state[0], st.state[1], st.state[2]}};
  }
  return SubPoint{spoint, trgepc, math::vsub(spoint, obspos)};
}

}  // namespace sc::surface
