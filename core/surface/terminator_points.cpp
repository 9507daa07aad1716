// TERMPT with ZZEDTMPT and EDNMPT (see terminator_points.hpp), the ellipsoid branches step for step.
#include "surface/terminator_points.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "bodies/body_constants.hpp"
#include "geometry/abcorr.hpp"
#include "geometry/frame_ephemeris.hpp"
#include "geometry/speed_of_light.hpp"
#include "geometry/states.hpp"
#include "geometry/stellar_aberration.hpp"
#include "math/constants.hpp"
#include "math/exp_log.hpp"
#include "math/trig.hpp"
#include "math/vector_ops.hpp"
#include "surface/body_checks.hpp"
#include "surface/half_plane_cuts.hpp"
#include "surface/method_string.hpp"
#include "surface/tangent_rays.hpp"
#include "surface/target_surface.hpp"

namespace sc::surface {
namespace {

using math::Vec3;

double dasine(double x) { return math::asin(std::clamp(x, -1.0, 1.0)); }

// EDNMPT: the point of the ellipsoid whose outward normal is parallel to `normal`.
Result<Vec3> ednmpt(double a, double b, double c, const Vec3& normal) {
  if (a <= 0.0 || b <= 0.0 || c <= 0.0) {
    return make_error("SPICE(BADAXISLENGTH)", "All ellipsoid semi-axis lengths must be strictly positive.");
  }
  const double scale = std::max(std::max(a, b), c);
  const double sa = a / scale;
  const double sb = b / scale;
  const double sc = c / scale;
  if (sa <= 0.0 || sb <= 0.0 || sc <= 0.0) {
    return make_error("SPICE(AXISUNDERFLOW)", "Scaled semi-axis lengths must be strictly positive.");
  }
  if (math::vzero(normal)) {
    return make_error("SPICE(ZEROVECTOR)", "The input normal vector was the zero vector. There is no solution.");
  }
  const double na2 = normal[0] * sa * sa;
  const double nb2 = normal[1] * sb * sb;
  const double nc2 = normal[2] * sc * sc;
  const double arg = na2 * normal[0] + nb2 * normal[1] + nc2 * normal[2];
  if (arg <= 0.0) {
    return make_error("SPICE(DEGENERATECASE)", "Scale factor LAMBDA must be positive.");
  }
  const double lambda = math::pow(arg, -0.5) * scale;
  return Vec3{lambda * na2, lambda * nb2, lambda * nc2};
}

// ZZEDTMPT: the terminator point in the half-plane of `plnvec` about `axis` (target to source), for
// a spherical source of radius r; the target is mapped to the unit sphere and the tangent plane to
// both bodies found by rotating its tangent point until the source touches the plane.
Result<Vec3> zzedtmpt(bool umbral, double a, double b, double c, double r, const Vec3& axis, const Vec3& plnvec) {
  if (a <= 0.0 || b <= 0.0 || c <= 0.0) {
    return make_error("SPICE(INVALIDAXISLENGTH)", "Target radii must be strictly positive.");
  }
  if (r <= 0.0) return make_error("SPICE(INVALIDRADIUS)", "Source radius must be strictly positive.");
  if (math::vzero(axis)) return make_error("SPICE(ZEROVECTOR)", "AXIS must be a non-zero vector but is in fact zero.");
  if (r + std::max(std::max(a, b), c) >= math::vnorm(axis)) {
    return make_error("SPICE(OBJECTSTOOCLOSE)", "Centers of source and target are too close together.");
  }
  if (math::vzero(plnvec)) return make_error("SPICE(ZEROVECTOR)", "PLNVEC must be a non-zero vector but is in fact zero.");
  math::Mat3 trans{};
  const double ta = 1.0 / a;
  const double tb = 1.0 / b;
  const double tc = 1.0 / c;
  const double xa = ta * r;
  const double xb = tb * r;
  const double xc = tc * r;
  trans[0][0] = ta;
  trans[1][1] = tb;
  trans[2][2] = tc;
  const Vec3 tplnvc = math::mxv(trans, plnvec);
  const Vec3 taxis = math::mxv(trans, axis);
  const Vec3 utaxis = math::vhat(taxis);
  const Vec3 hplnml = math::vcrss(tplnvc, taxis);
  if (math::vzero(hplnml)) {
    return make_error("SPICE(DEGENERATECASE)", "Plane reference vector and axis are linearly dependent.");
  }
  const double maxr = std::max(std::max(xa, xb), xc);
  double d = math::vnorm(taxis);
  Vec3 targpt{};
  double s = 1.0;
  if (umbral) {
    const double angle = dasine((maxr - 1.0) / d);
    const double theta = -(math::halfpi() + angle);
    targpt = math::vrotv(utaxis, hplnml, theta);
    s = 1.0;
  } else {
    const double angle = dasine((maxr + 1.0) / d);
    const double theta = angle - math::halfpi();
    targpt = math::vrotv(utaxis, hplnml, theta);
    s = -1.0;
  }
  Vec3 normal = math::vhat(targpt);
  double konst = math::vdot(normal, targpt);
  SC_TRY_ASSIGN(auto&& srcpnt0, ednmpt(xa, xb, xc, math::vscl(s, normal)));
  Vec3 srcpnt = math::vadd(srcpnt0, taxis);
  double h = math::vdot(srcpnt, normal) - konst;
  double angerr = -h / d;
  int nitr = 0;
  while (std::fabs(angerr) > 1e-15 && nitr <= 20) {
    targpt = math::vrotv(targpt, hplnml, angerr);
    normal = math::vhat(targpt);
    konst = math::vdot(normal, targpt);
    SC_TRY_ASSIGN(auto&& sp, ednmpt(xa, xb, xc, math::vscl(s, normal)));
    srcpnt = math::vadd(sp, taxis);
    h = math::vdot(srcpnt, normal) - konst;
    const Vec3 proj = math::vperp(srcpnt, hplnml);
    d = math::vnorm(math::vsub(proj, targpt));
    angerr = -h / d;
    ++nitr;
    if (nitr > 20) {
      return make_error("SPICE(NOCONVERGENCE)", "Tangent finding loop failed to converge. Iteration count = " +
                                                    std::to_string(nitr) + ".");
    }
  }
  return Vec3{a * targpt[0], b * targpt[1], c * targpt[2]};
}

Result<Vec3> radii_of(const Context& ctx, int body, const char* what) {
  SC_TRY_ASSIGN(auto&& rv, bodies::bodvcd(ctx.pool(), body, "RADII", 3));
  if (rv.size() != 3) {
    return make_error("SPICE(BADRADIUSCOUNT)",
                      std::string("Number of ") + what + " radii must be 3 but was " + std::to_string(rv.size()) + ".");
  }
  return Vec3{rv[0], rv[1], rv[2]};
}

}  // namespace

Result<LimbPoints> termpt(const Context& ctx, std::string_view method, std::string_view ilusrc,
                          std::string_view target, double et, std::string_view fixref, std::string_view abcorr,
                          std::string_view corloc, std::string_view obsrvr, std::span<const double> refvec_in,
                          double rolstp, int ncuts, double schstp, double soltol, int maxn) {
  SC_TRY_ASSIGN(auto&& corr, geometry::parse_abcorr(abcorr));
  if (corr.transmission) {
    return make_error("SPICE(INVALIDOPTION)", "Aberration correction " + std::string(abcorr) +
                                                  " calls for transmission-style corrections. These are not "
                                                  "supported for terminator finding.");
  }
  const bool uselt = corr.light_time;
  SC_TRY_ASSIGN(auto&& trgcde, body_code(ctx, target, "target"));
  SC_TRY_ASSIGN(auto&& obscde, body_code(ctx, obsrvr, "observer"));
  SC_TRY_ASSIGN(auto&& ilucde, body_code(ctx, ilusrc, "illumination source"));
  if (obscde == trgcde) {
    return make_error("SPICE(BODIESNOTDISTINCT)", "In computing the terminator, the observing body and target body "
                                                  "are the same. Both are " +
                                                      std::string(obsrvr) + ".");
  }
  if (ilucde == trgcde) {
    return make_error("SPICE(BODIESNOTDISTINCT)", "In computing the terminator, the observing body and illumination "
                                                  "source are the same. Both are " +
                                                      std::string(obsrvr) + ".");
  }
  SC_TRY_ASSIGN(auto&& fixfrm, target_fixed_frame(ctx, fixref, trgcde, target));
  SC_TRY_ASSIGN(auto&& spec, parse_method(ctx, trgcde, method));
  int trmtyp = 0;
  if (geometry::eqstr(spec.point_definition, "TANGENT")) {
    trmtyp = 1;
  } else if (geometry::eqstr(spec.point_definition, "GUIDED")) {
    trmtyp = 2;
  } else {
    return make_error("SPICE(INVALIDTERMTYPE)", "Returned point definition from method string was <" +
                                                    spec.point_definition + ">. Value must be TANGENT or GUIDED.");
  }
  bool uflag = true;
  if (geometry::eqstr(spec.terminator_type, "UMBRAL")) {
    uflag = true;
  } else if (geometry::eqstr(spec.terminator_type, "PENUMBRAL")) {
    uflag = false;
  } else {
    return make_error("SPICE(INVALIDSHADOW)", "Returned shadow type from method string was <" + spec.terminator_type +
                                                  ">. Value must be UMBRAL or PENUMBRAL.");
  }
  if (!spec.subtype.empty()) {
    return make_error("SPICE(INVALIDMETHOD)", "Spurious sub-observer point type <" + spec.subtype +
                                                  "> was present in the method string " + std::string(method) +
                                                  ". The sub-observer type is valid in the method strings for SUBPNT "
                                                  "and SUBSLR, but is not applicable for TERMPT.");
  }
  const std::string nrmloc = correction_locus(corloc);
  int loccde = 0;
  if (nrmloc == "CENTER") {
    loccde = 1;
  } else if (nrmloc == "ELLIPSOID TERMINATOR") {
    loccde = 2;
  } else {
    return make_error("SPICE(INVALIDLOCUS)", "Aberration correction locus <" + std::string(corloc) + "> was not recognized.");
  }
  const Vec3 refvec = math::fixed_vector<3>(refvec_in);
  if (math::vzero(refvec)) return make_error("SPICE(ZEROVECTOR)", "The reference vector was the zero vector.");
  SC_TRY(check_cut_counts(maxn, ncuts, 0));
  if (ncuts > 1 && rolstp == 0.0) {
    return make_error("SPICE(INVALIDROLLSTEP)", "ROLSTP is zero; NCUTS = " + std::to_string(ncuts) +
                                                    "; the roll step is required to be non-zero when more than one "
                                                    "cutting half-plane is used.");
  }
  const bool dsk = spec.shape == ShapeKind::Dsk;
  TargetSurface shape;
  if (dsk) {
    SC_TRY_ASSIGN(shape, target_surface(ctx, spec, trgcde, fixfrm.id));  // ZZSUDSKI, ZZMAXRAD
  }
  SC_TRY_ASSIGN(auto&& srad, radii_of(ctx, ilucde, "illumination source"));
  const double ilurad = std::max(std::max(srad[0], srad[1]), srad[2]);
  // The reference ellipsoid guides every method but TANGENT terminators of a DSK at the CENTER locus.
  Vec3 trad{};
  if (!dsk || loccde == 2 || trmtyp == 2) {
    SC_TRY_ASSIGN(trad, radii_of(ctx, trgcde, "target"));
  }
  const TangentCurve shadow = uflag ? TangentCurve::Umbral : TangentCurve::Penumbral;

  LimbPoints out;
  out.npts.assign(static_cast<std::size_t>(ncuts), 0);
  SC_TRY_ASSIGN(auto&& tp, geometry::spkpos(ctx, target, et, fixref, abcorr, obsrvr));
  Vec3 trgpos = tp.pos;
  double lt = tp.lt;
  if (math::vzero(trgpos)) {
    return make_error("SPICE(NOSEPARATION)", "The distance between the observer and target at ET is zero.");
  }
  // One cut's points and observer-to-point vectors. CSPICE's room shrinks by the cut's count for
  // each point stored (TERMPT's bookkeeping, kept: it decides when SPICE(OUTOFROOM) is signalled).
  int room = maxn;
  int total = 0;
  auto push_cut = [&](int cut, const std::vector<Vec3>& points, const Vec3& offset, const Vec3* stellar_offset,
                      double epoch) -> Result<void> {
    const int n = static_cast<int>(points.size());
    total += n;
    if (n > room) {
      return make_error("SPICE(OUTOFROOM)", "Out of room in output arrays. Index of cutting half-plane is " +
                                                std::to_string(cut) + " out of " + std::to_string(ncuts) +
                                                ". Number of terminator points collected so far is " +
                                                std::to_string(total) + ". Available room is " + std::to_string(room) +
                                                ".");
    }
    out.npts[static_cast<std::size_t>(cut - 1)] = n;
    for (const Vec3& point : points) {
      Vec3 trmvc = math::vadd(point, offset);
      if (stellar_offset != nullptr) trmvc = math::vadd(trmvc, *stellar_offset);
      out.points.insert(out.points.end(), point.begin(), point.end());
      out.tangts.insert(out.tangts.end(), trmvc.begin(), trmvc.end());
      out.epochs.push_back(epoch);
      room -= n;
    }
    return {};
  };

  if (loccde == 1) {
    const double trgepc = corr.geometric ? et : et - lt;
    SC_TRY_ASSIGN(auto&& sp, geometry::spkpos(ctx, ilusrc, trgepc, fixref, abcorr, target));
    const Vec3 axis = sp.pos;
    if (math::vzero(math::vcrss(axis, refvec))) {
      return make_error("SPICE(DEGENERATECASE)", "Input reference vector and illumination source-target vector are "
                                                 "linearly  dependent.");
    }
    for (int i = 1; i <= ncuts; ++i) {
      const double roll = (i - 1) * rolstp;
      const Vec3 plnvec = math::vrotv(refvec, axis, roll);
      std::vector<Vec3> points;
      if (dsk && trmtyp == 1) {
        SC_TRY_ASSIGN(points, tangent_points(ctx, shape, shadow, ilurad, trgepc, plnvec, axis, schstp, soltol));
      } else {
        SC_TRY_ASSIGN(auto&& point, zzedtmpt(uflag, trad[0], trad[1], trad[2], ilurad, axis, plnvec));
        if (!dsk) {
          points.push_back(point);
        } else {
          // GUIDED: the outermost surface point on the line from the center through the
          // ellipsoid's terminator point, found by a ray from outside the body.
          const Vec3 edir = math::vhat(point);
          SC_TRY_ASSIGN(auto&& hit, surface_intercept(ctx, shape, math::vscl(3.0 * shape.maxrad, edir),
                                                      math::vminus(edir), trgepc));
          if (hit) points.push_back(*hit);
        }
      }
      SC_TRY(push_cut(i, points, trgpos, nullptr, trgepc));
    }
    return out;
  }

  if (trmtyp != 1) {
    return make_error("SPICE(BADTERMLOCUSMIX)", "Terminator point definition type <" + spec.point_definition +
                                                    "> is not supported for the " + std::string(corloc) +
                                                    " aberration correction locus.");
  }
  SC_TRY_ASSIGN(auto&& stobs, geometry::spkssb(ctx, obscde, et, "J2000"));
  const Vec3 obspos{stobs[0], stobs[1], stobs[2]};
  const Vec3 obsvel{stobs[3], stobs[4], stobs[5]};
  Vec3 stloff{};
  for (int i = 1; i <= ncuts; ++i) {
    const double roll = (i - 1) * rolstp;
    Vec3 axis{};
    Vec3 plnvec{};
    Vec3 pntbuf{};
    double epoch = et;
    if (uselt) {
      const int numitr = corr.converged ? 5 : 1;
      int j = 0;
      double lterr = 1.0;
      while (j < numitr && lterr > 1e-17) {
        epoch = et - lt;
        SC_TRY_ASSIGN(auto&& ssbtrg, geometry::spkgps(ctx, trgcde, epoch, "J2000", 0));
        const Vec3 ptarg = math::vsub(ssbtrg.pos, obspos);
        SC_TRY_ASSIGN(auto&& ap, geometry::spkezp(ctx, ilucde, epoch, fixref, abcorr, trgcde));
        axis = ap.pos;
        plnvec = math::vrotv(refvec, axis, roll);
        SC_TRY_ASSIGN(pntbuf, zzedtmpt(uflag, trad[0], trad[1], trad[2], ilurad, axis, plnvec));
        SC_TRY_ASSIGN(auto&& xform, geometry::pxform(ctx, "J2000", fixref, epoch));
        trgpos = math::mxv(xform, ptarg);
        const Vec3 srfvec = math::vadd(pntbuf, trgpos);
        const double prvlt = lt;
        lt = math::vnorm(srfvec) / geometry::kClight;
        lterr = std::fabs(lt - prvlt) / std::max(1.0, std::fabs(epoch));
        ++j;
      }
      epoch = et - lt;
      SC_TRY_ASSIGN(auto&& ssbtrg, geometry::spkgps(ctx, trgcde, epoch, "J2000", 0));
      const Vec3 ptarg = math::vsub(ssbtrg.pos, obspos);
      SC_TRY_ASSIGN(auto&& xform, geometry::pxform(ctx, "J2000", fixref, epoch));
      if (corr.stellar) {
        const Vec3 itrmvc = math::vadd(math::mxv(math::transpose(xform), pntbuf), ptarg);
        SC_TRY_ASSIGN(auto&& corrected, geometry::stelab(itrmvc, obsvel));
        stloff = math::mxv(xform, math::vsub(corrected, itrmvc));
      }
      trgpos = math::mxv(xform, ptarg);
      SC_TRY_ASSIGN(auto&& ap, geometry::spkezp(ctx, ilucde, epoch, fixref, abcorr, trgcde));
      axis = ap.pos;
    } else {
      SC_TRY_ASSIGN(auto&& ap, geometry::spkezp(ctx, ilucde, et, fixref, abcorr, trgcde));
      axis = ap.pos;
      epoch = et;
    }
    plnvec = math::vrotv(refvec, axis, roll);
    std::vector<Vec3> points;
    if (dsk) {
      // The DSK's terminator points for the axis and epoch of the ellipsoid's terminator point.
      SC_TRY_ASSIGN(points, tangent_points(ctx, shape, shadow, ilurad, epoch, plnvec, axis, schstp, soltol));
    } else {
      if (!uselt) {
        SC_TRY_ASSIGN(pntbuf, zzedtmpt(uflag, trad[0], trad[1], trad[2], ilurad, axis, plnvec));
      }
      points.push_back(pntbuf);
    }
    SC_TRY(push_cut(i, points, trgpos, corr.stellar ? &stloff : nullptr, epoch));
  }
  return out;
}

}  // namespace sc::surface
