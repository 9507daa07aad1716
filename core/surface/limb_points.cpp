// LIMBPT (see limb_points.hpp), the ellipsoid branches step for step.
#include "surface/limb_points.hpp"

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
#include "math/ellipsoid.hpp"
#include "math/vector_ops.hpp"
#include "surface/body_checks.hpp"
#include "surface/half_plane_cuts.hpp"
#include "surface/method_string.hpp"
#include "surface/tangent_rays.hpp"
#include "surface/target_surface.hpp"

namespace sc::surface {
namespace {

using math::Vec3;

// The reference ellipsoid's limb seen along `axis` (from the target toward the observer): EDLIMB's
// center and the limb plane's unit normal turned toward the observer.
struct EllipsoidLimb {
  Vec3 center{};
  Vec3 normal{};
};

Result<EllipsoidLimb> ellipsoid_limb(const Vec3& radii, const Vec3& axis) {
  SC_TRY_ASSIGN(auto&& limb, math::edlimb(radii[0], radii[1], radii[2], axis));
  Vec3 enorml = math::ucrss(limb.smajor, limb.sminor);
  if (math::vdot(enorml, axis) < 0.0) enorml = math::vscl(-1.0, enorml);
  return EllipsoidLimb{limb.center, enorml};
}

// The direction from the limb's center, in both the limb plane and the cutting half-plane.
Result<Vec3> limb_direction(const EllipsoidLimb& limb, const Vec3& axis, const Vec3& plnvec, const std::string& where) {
  const Vec3 cutnml = math::ucrss(axis, plnvec);
  const Vec3 edir = math::ucrss(cutnml, limb.normal);
  if (math::vzero(edir)) {
    return make_error("SPICE(DEGENERATECASE)",
                      "Vector defining cutting half plane and ellipsoid limb normal vector are linearly dependent" + where);
  }
  return edir;
}

// The limb point of the ellipsoid in the half-plane containing `plnvec`: where that direction
// from the limb's center meets the surface.
Result<Vec3> ellipsoid_limb_point(const Vec3& radii, const Vec3& axis, const Vec3& plnvec, int cut,
                                  const std::string& where) {
  SC_TRY_ASSIGN(auto&& limb, ellipsoid_limb(radii, axis));
  SC_TRY_ASSIGN(auto&& edir, limb_direction(limb, axis, plnvec, where));
  SC_TRY_ASSIGN(auto&& hit, math::surfpt(limb.center, edir, radii[0], radii[1], radii[2]));
  if (!hit) {
    return make_error("SPICE(BUG)", "Limb point not found on reference ellipsoid for cutting half plane at index " +
                                        std::to_string(cut) + ". The point should always be found.");
  }
  return *hit;
}

}  // namespace

Result<LimbPoints> limbpt(const Context& ctx, std::string_view method, std::string_view target, double et,
                          std::string_view fixref, std::string_view abcorr, std::string_view corloc,
                          std::string_view obsrvr, std::span<const double> refvec_in, double rolstp, int ncuts,
                          double schstp, double soltol, int maxn) {
  SC_TRY_ASSIGN(auto&& corr, geometry::parse_abcorr(abcorr));
  const bool uselt = corr.light_time;
  const double s = uselt ? (corr.transmission ? 1.0 : -1.0) : 0.0;
  SC_TRY_ASSIGN(auto&& trgcde, body_code(ctx, target, "target"));
  SC_TRY_ASSIGN(auto&& obscde, distinct_observer(ctx, trgcde, obsrvr, "the surface intercept point"));
  SC_TRY_ASSIGN(auto&& fixfrm, target_fixed_frame(ctx, fixref, trgcde, target));
  SC_TRY_ASSIGN(auto&& spec, parse_method(ctx, trgcde, method));
  int lmbtyp = 0;
  if (geometry::eqstr(spec.point_definition, "TANGENT")) {
    lmbtyp = 1;
  } else if (geometry::eqstr(spec.point_definition, "GUIDED")) {
    lmbtyp = 2;
  } else {
    return make_error("SPICE(INVALIDLIMBTYPE)", "Returned limb type from method string was <" +
                                                    spec.point_definition + ">. Value must be TANGENT or GUIDED.");
  }
  if (!spec.subtype.empty()) {
    return make_error("SPICE(INVALIDMETHOD)", "Spurious sub-observer point type <" + spec.subtype +
                                                  "> was present in the method string " + std::string(method) +
                                                  ". The sub-observer type is valid in the method strings for SUBPNT "
                                                  "and SUBSLR, but is not applicable for LIMBPT.");
  }
  if (!spec.terminator_type.empty()) {
    return make_error("SPICE(INVALIDMETHOD)", "Spurious terminator shadow type <" + spec.terminator_type +
                                                  "> was present in the method string " + std::string(method) +
                                                  ". The terminator shadow type is valid in the method string for "
                                                  "TERMPT, but is not applicable for LIMBPT.");
  }
  const std::string nrmloc = correction_locus(corloc);
  int loccde = 0;
  if (nrmloc == "CENTER") {
    loccde = 1;
  } else if (nrmloc == "ELLIPSOID LIMB") {
    loccde = 2;
  } else {
    return make_error("SPICE(INVALIDLOCUS)", "Aberration correction locus <" + std::string(corloc) + "> was not recognized.");
  }
  const Vec3 refvec = math::fixed_vector<3>(refvec_in);
  if (math::vzero(refvec)) return make_error("SPICE(ZEROVECTOR)", "The reference vector was the zero vector.");
  SC_TRY(check_cut_counts(maxn, ncuts, 1));
  if (spec.shape == ShapeKind::Dsk) {
    if (schstp <= 0.0) return make_error("SPICE(INVALIDSEARCHSTEP)", "The angular search step SCHSTP is required to be positive.");
    if (soltol <= 0.0) return make_error("SPICE(INVALIDTOLERANCE)", "The angular search tolerance SOLTOL is required to be positive.");
  }
  if (ncuts > 1 && rolstp == 0.0) {
    return make_error("SPICE(INVALIDROLLSTEP)", "The angular roll step is 0.D0. NCUTS = " + std::to_string(ncuts) +
                                                    ". ROLSTP is required to be non-zero when NCUTS is greater than 1.");
  }
  const bool dsk = spec.shape == ShapeKind::Dsk;
  TargetSurface shape;
  if (dsk) {
    SC_TRY_ASSIGN(shape, target_surface(ctx, spec, trgcde, fixfrm.id));  // ZZSUDSKI
  }
  // The reference ellipsoid guides every method but TANGENT limbs of a DSK at the CENTER locus.
  Vec3 radii{};
  if (!dsk || loccde == 2 || lmbtyp == 2) {
    SC_TRY_ASSIGN(auto&& rv, bodies::bodvcd(ctx.pool(), trgcde, "RADII", 3));
    if (rv.size() != 3) {
      return make_error("SPICE(BADRADIUSCOUNT)",
                        "Number of target radii must be 3 but was " + std::to_string(rv.size()) + ".");
    }
    radii = Vec3{rv[0], rv[1], rv[2]};
  }

  LimbPoints out;
  out.npts.assign(static_cast<std::size_t>(ncuts), 0);
  SC_TRY_ASSIGN(auto&& tp, geometry::spkpos(ctx, target, et, fixref, abcorr, obsrvr));
  const Vec3 pos = tp.pos;
  double lt = tp.lt;
  if (math::vzero(pos)) {
    return make_error("SPICE(NOSEPARATION)", "The distance between the observer and target at ET is zero.");
  }
  // One cut's points. CSPICE checks each cut against MAXN alone (its room is never reduced).
  auto push_cut = [&](int cut, const std::vector<Vec3>& points, const Vec3& axis, double epoch) -> Result<void> {
    const int n = static_cast<int>(points.size());
    if (n > maxn) {
      int total = 0;
      for (int k = 0; k < cut - 1; ++k) total += out.npts[static_cast<std::size_t>(k)];
      return make_error("SPICE(OUTOFROOM)", "Out of room in output arrays. Index of cutting half-plane is " +
                                                std::to_string(cut) + " out of " + std::to_string(ncuts) +
                                                ". Number of limb points collected so far is " +
                                                std::to_string(total + n) + ". Available room is " +
                                                std::to_string(maxn) + ".");
    }
    out.npts[static_cast<std::size_t>(cut - 1)] = n;
    for (const Vec3& point : points) {
      const Vec3 tangt = math::vsub(point, axis);
      out.points.insert(out.points.end(), point.begin(), point.end());
      out.tangts.insert(out.tangts.end(), tangt.begin(), tangt.end());
      out.epochs.push_back(epoch);
    }
    return {};
  };

  if (loccde == 1) {
    // ZZCOREPC: the epoch of the target's center.
    const double trgepc = corr.geometric ? et : (corr.transmission ? et + lt : et - lt);
    const Vec3 axis = math::vminus(pos);
    if (math::vzero(math::vcrss(axis, refvec))) {
      return make_error("SPICE(DEGENERATECASE)", "Input reference vector and observer-target vector are linearly dependent.");
    }
    for (int i = 1; i <= ncuts; ++i) {
      const double roll = (i - 1) * rolstp;
      const Vec3 plnvec = math::vrotv(refvec, axis, roll);
      std::vector<Vec3> points;
      if (!dsk) {
        SC_TRY_ASSIGN(auto&& point, ellipsoid_limb_point(radii, axis, plnvec, i, ". Half plane index " + std::to_string(i) + "."));
        points.push_back(point);
      } else if (lmbtyp == 1) {
        SC_TRY_ASSIGN(points, tangent_points(ctx, shape, TangentCurve::Limb, 0.0, trgepc, plnvec, axis, schstp, soltol));
      } else {
        // GUIDED: the ray from outside the body toward the reference ellipsoid's limb center,
        // through the direction of the ellipsoid's limb point (the surface may be invisible from
        // inside the body).
        SC_TRY_ASSIGN(auto&& limb, ellipsoid_limb(radii, axis));
        SC_TRY_ASSIGN(auto&& edir, limb_direction(limb, axis, plnvec, "."));
        const Vec3 rayvtx = math::vlcom(1.0, limb.center, 3.0 * shape.maxrad, edir);
        SC_TRY_ASSIGN(auto&& hit, surface_intercept(ctx, shape, rayvtx, math::vminus(edir), trgepc));
        if (hit) points.push_back(*hit);
      }
      SC_TRY(push_cut(i, points, axis, trgepc));
    }
    return out;
  }

  if (lmbtyp != 1) {
    return make_error("SPICE(BADLIMBLOCUSMIX)", "Limb type <GUIDED> is not supported for the " + std::string(corloc) +
                                                    " aberration correction locus. Only the TANGENT limb type is "
                                                    "supported for this locus.");
  }
  SC_TRY_ASSIGN(auto&& stobs, geometry::spkssb(ctx, obscde, et, "J2000"));
  const Vec3 obspos{stobs[0], stobs[1], stobs[2]};
  const Vec3 obsvel{stobs[3], stobs[4], stobs[5]};
  Vec3 stloff{};
  for (int i = 1; i <= ncuts; ++i) {
    const double roll = (i - 1) * rolstp;
    Vec3 axis{};
    Vec3 plnvec{};
    Vec3 epoint{};
    double epoch = et;
    if (uselt) {
      // Light time and stellar aberration of this cut's limb point on the ellipsoid, iterated
      // (LT carries over from the previous cut, as in LIMBPT).
      const int numitr = corr.converged ? 5 : 2;
      int j = 0;
      double lterr = 1.0;
      Vec3 cortrg{};
      math::Mat3 xform{};
      while (j < numitr && lterr > 1e-18) {
        epoch = et + s * lt;
        SC_TRY_ASSIGN(auto&& ssbtrg, geometry::spkgps(ctx, trgcde, epoch, "J2000", 0));
        const Vec3 ptarg = math::vsub(ssbtrg.pos, obspos);
        if (corr.stellar) {
          if (j == 0) {
            if (corr.transmission) {
              SC_TRY_ASSIGN(cortrg, geometry::stlabx(ptarg, obsvel));
            } else {
              SC_TRY_ASSIGN(cortrg, geometry::stelab(ptarg, obsvel));
            }
          } else {
            cortrg = math::vadd(ptarg, stloff);
          }
        } else {
          cortrg = ptarg;
        }
        SC_TRY_ASSIGN(xform, geometry::pxform(ctx, "J2000", fixref, epoch));
        axis = math::vminus(math::mxv(xform, cortrg));
        plnvec = math::vrotv(refvec, axis, roll);
        SC_TRY_ASSIGN(epoint, ellipsoid_limb_point(radii, axis, plnvec, i,
                                                   ". This error occurred while computing the limb point on the "
                                                   "reference ellipsoid in half plane " +
                                                       std::to_string(i) + "."));
        const Vec3 ipoint = math::mxv(math::transpose(xform), epoint);
        const Vec3 isrfvc = math::vadd(ipoint, ptarg);
        if (corr.stellar) {
          Vec3 stlpos{};
          if (corr.transmission) {
            SC_TRY_ASSIGN(stlpos, geometry::stlabx(isrfvc, obsvel));
          } else {
            SC_TRY_ASSIGN(stlpos, geometry::stelab(isrfvc, obsvel));
          }
          stloff = math::vsub(stlpos, isrfvc);
        }
        const double prvlt = lt;
        lt = math::vnorm(isrfvc) / geometry::kClight;
        lterr = std::fabs(lt - prvlt) / std::max(1.0, std::fabs(epoch));
        ++j;
      }
      axis = math::vminus(math::mxv(xform, cortrg));
      epoch = et + s * lt;
    } else {
      axis = math::vminus(pos);
      epoch = et;
      plnvec = math::vrotv(refvec, axis, roll);
      SC_TRY_ASSIGN(epoint, ellipsoid_limb_point(radii, axis, plnvec, i,
                                                 ". This occurred while computing the limb point on the reference "
                                                 "ellipsoid in half plane " +
                                                     std::to_string(i) + "."));
    }
    if (dsk) {
      // The DSK's limb points for the axis and epoch of the ellipsoid's limb point.
      SC_TRY_ASSIGN(auto&& points, tangent_points(ctx, shape, TangentCurve::Limb, 0.0, epoch, plnvec, axis, schstp, soltol));
      SC_TRY(push_cut(i, points, axis, epoch));
    } else {
      SC_TRY(push_cut(i, {epoint}, axis, epoch));
    }
  }
  return out;
}

}  // namespace sc::surface
