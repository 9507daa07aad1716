// ILLUMG, ILUMIN, ILLUMF (see illumination.hpp), as CSPICE N0067's ILLUMF computes them.
#include "surface/illumination.hpp"

#include "geometry/abcorr.hpp"
#include "geometry/constant_velocity_states.hpp"
#include "math/constants.hpp"
#include "math/vector_ops.hpp"
#include "surface/body_checks.hpp"
#include "surface/method_string.hpp"
#include "surface/target_surface.hpp"

namespace sc::surface {

Result<IlluminationFlags> illumf(const Context& ctx, std::string_view method, std::string_view target,
                                 std::string_view ilusrc, double et, std::string_view fixref,
                                 std::string_view abcorr, std::string_view obsrvr, std::span<const double> spoint) {
  SC_TRY_ASSIGN(auto&& corr, geometry::parse_abcorr(abcorr));
  SC_TRY_ASSIGN(auto&& trgcde, body_code(ctx, target, "target"));
  SC_TRY_ASSIGN(auto&& spec, parse_method(ctx, trgcde, method));
  if (!spec.subtype.empty()) {
    return make_error("SPICE(INVALIDMETHOD)",
                      "Spurious sub-observer point type <" + spec.subtype + "> was present in the method string " +
                          std::string(method) +
                          ". The sub-observer type is valid in the method strings for SUBPNT and SUBSLR, but is not "
                          "applicable for ILLUMF.");
  }
  SC_TRY(distinct_observer(ctx, trgcde, obsrvr, "illumination angles"));
  SC_TRY_ASSIGN(auto&& fixfrm, target_fixed_frame(ctx, fixref, trgcde, target));
  const double s = corr.light_time ? (corr.transmission ? 1.0 : -1.0) : 0.0;

  // The point seen from the observer, the frame evaluated at the point's epoch (TARGET locus).
  const math::Vec3 point = math::fixed_vector<3>(spoint);
  SC_TRY_ASSIGN(auto&& opstat, geometry::spkcpt(ctx, point, target, fixref, et, fixref, "TARGET", abcorr, obsrvr));
  const double trgepc = et + s * opstat.lt;
  // The source seen from the point at trgepc (OBSERVER locus).
  SC_TRY_ASSIGN(auto&& tistat, geometry::spkcpo(ctx, ilusrc, trgepc, fixref, "OBSERVER", abcorr, point, target, fixref));
  const math::Vec3 srfvec{opstat.state[0], opstat.state[1], opstat.state[2]};
  const math::Vec3 obspos = math::vminus(srfvec);
  const math::Vec3 tovec{tistat.state[0], tistat.state[1], tistat.state[2]};

  // The outward normal: SURFNM on the ellipsoid, ZZSBFNRM (the plate under the point, segments
  // covering trgepc) on a DSK shape. CSPICE N0067 quirk, matched: the DSK normal does not depend on
  // the method's SURFACES list (dsk-geometry.json's err-illumf-dsk-surface-not-loaded asks for
  // surface 7, which no DSK has, and gets the angles of the loaded surface), so every surface of
  // the body is used.
  MethodSpec normal_spec = spec;
  normal_spec.surfaces.clear();
  SC_TRY_ASSIGN(auto&& shape, target_surface(ctx, normal_spec, trgcde, fixfrm.id));
  SC_TRY_ASSIGN(auto&& normal, surface_normal(ctx, shape, point, trgepc));

  IlluminationFlags out;
  out.trgepc = trgepc;
  out.srfvec = srfvec;
  out.phase = math::vsep(obspos, tovec);
  out.incdnc = math::vsep(normal, tovec);
  out.emissn = math::vsep(normal, obspos);
  out.visibl = out.emissn <= math::halfpi();
  out.lit = out.incdnc <= math::halfpi();
  if (shape.kind == ShapeKind::Dsk) {
    // On a DSK the rest of the surface can hide the point or shade it: the point is visible (lit)
    // only if the ray from it toward the observer (the source) meets no plate. The ray starts a
    // hair (1e-9 of the body's bounding radius) off the point so that its own plate does not count.
    // (dsk-geometry.json: illumf#181 has an incidence angle below 90 degrees but lies in the shadow
    // of a neighbouring plate, and CSPICE reports it unlit.)
    auto blocked = [&](const math::Vec3& toward) -> Result<bool> {
      const math::Vec3 vertex = math::vadd(point, math::vscl(shape.maxrad * 1e-9, math::vhat(toward)));
      SC_TRY_ASSIGN(auto&& hit, surface_intercept(ctx, shape, vertex, toward, trgepc));
      return hit.has_value();
    };
    if (out.visibl) {
      SC_TRY_ASSIGN(auto&& hidden, blocked(obspos));
      out.visibl = !hidden;
    }
    if (out.lit) {
      SC_TRY_ASSIGN(auto&& shaded, blocked(tovec));
      out.lit = !shaded;
    }
  }
  return out;
}

Result<Illumination> illumg(const Context& ctx, std::string_view method, std::string_view target,
                            std::string_view ilusrc, double et, std::string_view fixref, std::string_view abcorr,
                            std::string_view obsrvr, std::span<const double> spoint) {
  SC_TRY_ASSIGN(auto&& f, illumf(ctx, method, target, ilusrc, et, fixref, abcorr, obsrvr, spoint));
  return Illumination{f.trgepc, f.srfvec, f.phase, f.incdnc, f.emissn};
}

Result<Illumination> ilumin(const Context& ctx, std::string_view method, std::string_view target, double et,
                            std::string_view fixref, std::string_view abcorr, std::string_view obsrvr,
                            std::span<const double> spoint) {
  return illumg(ctx, method, target, "10", et, fixref, abcorr, obsrvr, spoint);
}

}  // namespace sc::surface
