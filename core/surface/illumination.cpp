// ILLUMG, ILUMIN, ILLUMF (see illumination.hpp), as CSPICE N0067's ILLUMF computes them.
#include "surface/illumination.hpp"

#include "geometry/abcorr.hpp"
#include "geometry/constant_velocity_states.hpp"
#include "math/constants.hpp"
#include "math/ellipsoid.hpp"
#include "math/vector_ops.hpp"
#include "surface/body_checks.hpp"
#include "surface/dsk_not_yet.hpp"
#include "surface/method_string.hpp"

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
  SC_TRY_ASSIGN(auto&& obscde, body_code(ctx, obsrvr, "observer"));
  if (obscde == trgcde) {
    return make_error("SPICE(BODIESNOTDISTINCT)",
                      "In computing illumination angles, the observing body and target body are the same. Both are " +
                          std::string(obsrvr) + ".");
  }
  SC_TRY(target_fixed_frame(ctx, fixref, trgcde, target));
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

  if (spec.shape == ShapeKind::Dsk) return dsk_not_yet("ILLUMF");
  SC_TRY_ASSIGN(auto&& radii, target_radii(ctx, trgcde));
  SC_TRY_ASSIGN(auto&& normal, math::surfnm(radii[0], radii[1], radii[2], point));

  IlluminationFlags out;
  out.trgepc = trgepc;
  out.srfvec = srfvec;
  out.phase = math::vsep(obspos, tovec);
  out.incdnc = math::vsep(normal, tovec);
  out.emissn = math::vsep(normal, obspos);
  out.visibl = out.emissn <= math::halfpi();
  out.lit = out.incdnc <= math::halfpi();
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
