#include "gf/quantities/illumination.hpp"

#include <array>
#include <string>

#include "bodies/body_constants.hpp"
#include "frames/frames_api.hpp"
#include "frames/state_transforms.hpp"
#include "geometry/abcorr.hpp"
#include "geometry/constant_velocity_states.hpp"
#include "geometry/frame_ephemeris.hpp"
#include "geometry/speed_of_light.hpp"
#include "gf/quantities/angle_rates.hpp"
#include "gf/quantities/named_bodies.hpp"
#include "gf/scalar_search.hpp"
#include "math/ellipsoid.hpp"
#include "math/vector_ops.hpp"
#include "surface/illumination.hpp"

namespace sc::gf {

namespace {

enum class Angle { Phase = 0, Incidence = 1, Emission = 2 };

struct IlluminationSetup {
  std::string method, target, illum, fixref, abcorr, obsrvr;
  math::Vec3 spoint{};
  math::Vec3 normal{};
  Angle angle = Angle::Phase;
};

// ZZGFILIN's checks, in its order.
Result<IlluminationSetup> illumination_setup(const Context& ctx, std::string_view method, std::string_view angtyp,
                                             std::string_view target, std::string_view illmn,
                                             std::string_view fixref, std::string_view abcorr,
                                             std::string_view obsrvr, std::span<const double> spoint) {
  SC_TRY_ASSIGN(const int targ, body_id(ctx, target, "target object"));
  SC_TRY_ASSIGN(const int obs, body_id(ctx, obsrvr, "observer"));
  SC_TRY_ASSIGN(const int ilum, body_id(ctx, illmn, "illumination source"));
  if (targ == obs) {
    return make_error("SPICE(BODIESNOTDISTINCT)", "The observer and target must be distinct objects, but are not: "
                                                  "OBSRVR = " + std::string(obsrvr) + "; TARGET = " +
                                                      std::string(target) + ".");
  }
  if (targ == ilum) {
    return make_error("SPICE(BODIESNOTDISTINCT)", "The target and illumination source must be distinct objects, but "
                                                  "are not: TARGET = " + std::string(target) + "; ILLUM = " +
                                                      std::string(illmn) + ".");
  }
  IlluminationSetup s;
  s.target = std::string(target);
  s.illum = std::string(illmn);
  s.obsrvr = std::string(obsrvr);
  SC_TRY_ASSIGN(auto&& corr, geometry::parse_abcorr(abcorr));
  if (corr.transmission) {
    return make_error("SPICE(NOTSUPPORTED)", "Aberration correction was " + std::string(abcorr) +
                                                 "; transmission corrections are not allowed by this routine.");
  }
  s.abcorr = geometry::abcorr_key(abcorr);
  SC_TRY_ASSIGN(auto&& radii, bodies::bodvrd(ctx.pool(), ctx.body_names(), target, "RADII", 3));
  s.spoint = {spoint[0], spoint[1], spoint[2]};
  SC_TRY_ASSIGN(s.normal, math::surfnm(radii[0], radii[1], radii[2], s.spoint));
  if (!geometry::eqstr(method, "ELLIPSOID")) {
    return make_error("SPICE(INVALIDMETHOD)", "The only supported computation method is ELLIPSOID; the input method "
                                              "was " + std::string(method) + ".");
  }
  s.method = "ELLIPSOID";
  s.fixref = std::string(fixref);
  const int frame_id = frames::namfrm(ctx, fixref).value_or(0);
  const auto info = frames::frinfo(ctx, frame_id);
  if (!info) {
    return make_error("SPICE(UNKNOWNFRAME)", "Reference frame " + std::string(fixref) +
                                                 " is not recognized by the SPICE frame subsystem. Possibly a required "
                                                 "frame definition kernel has not been loaded.");
  }
  if (info->center != targ) {
    return make_error("SPICE(INVALIDFRAME)", "Reference frame " + std::string(fixref) +
                                                 " is not centered at the target body " + std::string(target) +
                                                 ". The ID code of the frame center is " +
                                                 std::to_string(info->center) + ".");
  }
  static constexpr std::array<std::string_view, 3> kAngles = {"PHASE", "INCIDENCE", "EMISSION"};
  std::size_t k = 0;
  while (k < kAngles.size() && !geometry::eqstr(angtyp, kAngles[k])) ++k;
  if (k == kAngles.size()) {
    return make_error("SPICE(NOTSUPPORTED)", "Illumination angle type " + std::string(angtyp) + " is not recognized.");
  }
  s.angle = static_cast<Angle>(k);
  return s;
}

// ZZGFILGQ: the angle from ILLUMG.
Result<double> illumination_angle(const Context& ctx, const IlluminationSetup& s, double et) {
  SC_TRY_ASSIGN(auto&& il, surface::illumg(ctx, s.method, s.target, s.illum, et, s.fixref, s.abcorr, s.obsrvr,
                                           std::span<const double>(s.spoint)));
  switch (s.angle) {
    case Angle::Phase: return il.phase;
    case Angle::Incidence: return il.incdnc;
    case Angle::Emission: return il.emissn;
  }
  return il.phase;
}

// ZZGFILDC over ZZILUSTA: the sign of the chosen angle's rate.
Result<bool> illumination_decreasing(const Context& ctx, const IlluminationSetup& s, double et) {
  const std::span<const double> spoint(s.spoint);
  SC_TRY_ASSIGN(auto&& starg, geometry::spkcpt(ctx, spoint, s.target, s.fixref, et, "J2000", "TARGET", s.abcorr,
                                               s.obsrvr));
  SC_TRY_ASSIGN(auto&& corr, geometry::parse_abcorr(s.abcorr));
  // ZZCOREPC (reception only here).
  const double etsurf = corr.geometric ? et : et - starg.lt;
  SC_TRY_ASSIGN(auto&& src, geometry::spkcpo(ctx, s.illum, etsurf, "J2000", "OBSERVER", s.abcorr, spoint, s.target,
                                             s.fixref));
  SC_TRY_ASSIGN(math::Mat6 xform, geometry::sxform(ctx, s.fixref, "J2000", etsurf));
  math::State srcsta = src.state;
  double dlt = 0.0;
  if (corr.light_time) {
    const math::Vec3 uvec = math::vhat(math::position_of(starg.state));
    dlt = math::vdot(math::velocity_of(starg.state), uvec) / geometry::kClight;
    // ZZCORSXF (reception): the derivative block scales by 1 - dlt.
    const double scale = 1.0 - dlt;
    for (int i = 3; i < 6; ++i) {
      for (int j = 0; j < 3; ++j) xform[i][j] = scale * xform[i][j];
    }
  }
  const math::Vec3 n = math::vhat(s.normal);
  const math::State nrmsta = frames::apply(xform, {n[0], n[1], n[2], 0.0, 0.0, 0.0});
  if (corr.light_time) {
    const double scale = 1.0 - dlt;
    for (int i = 3; i < 6; ++i) srcsta[i] = scale * srcsta[i];
  }
  math::State obssta{};
  for (int i = 0; i < 6; ++i) obssta[i] = -starg.state[i];
  double rate = 0.0;
  switch (s.angle) {
    case Angle::Phase: rate = dvsep(obssta, srcsta); break;
    case Angle::Incidence: rate = dvsep(nrmsta, srcsta); break;
    case Angle::Emission: rate = dvsep(nrmsta, obssta); break;
  }
  return rate < 0.0;
}

}  // namespace

Result<ScalarQuantity> illumination_quantity(const Context& ctx, std::string_view method, std::string_view angtyp,
                                             std::string_view target, std::string_view illmn, std::string_view fixref,
                                             std::string_view abcorr, std::string_view obsrvr,
                                             std::span<const double> spoint) {
  SC_TRY_ASSIGN(auto&& setup, illumination_setup(ctx, method, angtyp, target, illmn, fixref, abcorr, obsrvr, spoint));
  ScalarQuantity q;
  q.value = [&ctx, setup](double et) { return illumination_angle(ctx, setup, et); };
  q.decreasing = [&ctx, setup](double et) { return illumination_decreasing(ctx, setup, et); };
  return q;
}

Result<FlatWindow> gfilum(const Context& ctx, std::string_view method, std::string_view angtyp,
                          std::string_view target, std::string_view illmn, std::string_view fixref,
                          std::string_view abcorr, std::string_view obsrvr, std::span<const double> spoint,
                          std::string_view relate, double refval, double adjust, double step, int nintvls,
                          std::span<const double> cnfine, const SearchControl& control) {
  SC_TRY(check_strings({{"method", method},
                        {"angtyp", angtyp},
                        {"target", target},
                        {"illmn", illmn},
                        {"fixref", fixref},
                        {"abcorr", abcorr},
                        {"obsrvr", obsrvr},
                        {"relate", relate}}));
  const ScalarArgs args{relate, refval, adjust, step, nintvls, cnfine};
  return scalar_search(ctx, args, control, [&]() {
    return illumination_quantity(ctx, method, angtyp, target, illmn, fixref, abcorr, obsrvr, spoint);
  });
}

}  // namespace sc::gf
