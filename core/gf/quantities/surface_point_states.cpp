#include "gf/quantities/surface_point_states.hpp"

#include <functional>

#include "frames/dynamic/near_point_state.hpp"
#include "frames/frames_api.hpp"
#include "frames/state_transforms.hpp"
#include "geometry/abcorr.hpp"
#include "geometry/frame_ephemeris.hpp"
#include "geometry/light_time_calls.hpp"
#include "geometry/speed_of_light.hpp"
#include "geometry/states.hpp"
#include "geometry/stellar_aberration.hpp"
#include "math/frame_rates.hpp"
#include "math/surface_point_velocity.hpp"
#include "surface/intercept.hpp"
#include "surface/sub_points.hpp"

namespace sc::gf {

namespace {

using math::State;

constexpr double kTdelta = 1.0;  // ZZGFSSOB/ZZGFSSIN's TDELTA for the observer's acceleration

State negated(const State& s) {
  State out{};
  for (int i = 0; i < 6; ++i) out[i] = -s[i];
  return out;
}

// ZZCORSXF: the derivative block of a state transformation scaled by the rate of the epoch at
// which the frame is evaluated, 1 - dlt (reception) or 1 + dlt (transmission).
math::Mat6 corrected_transform(bool xmit, double dlt, math::Mat6 xform) {
  const double scale = xmit ? 1.0 + dlt : 1.0 - dlt;
  for (int i = 3; i < 6; ++i) {
    for (int j = 0; j < 3; ++j) xform[i][j] = xform[i][j] * scale;
  }
  return xform;
}

// The geometric cases' check of the body-fixed frame.
Status check_fixed_frame(const Context& ctx, const SurfacePointDef& def) {
  const auto info = frames::frinfo(ctx, frames::namfrm(ctx, def.fixref).value_or(0));
  if (!info) {
    return make_error("SPICE(NOFRAME)", "Input reference frame " + def.fixref + " was not recognized.");
  }
  if (info->center != def.target) {
    return make_error("SPICE(INVALIDFRAME)", "Input reference frame " + def.fixref + " is centered on body " +
                                                 std::to_string(info->center) + " instead of body " +
                                                 std::to_string(def.target) + ".");
  }
  return {};
}

// The body-fixed state of the surface point given the body-fixed observer state and the
// iteration's corrected J2000-to-body-fixed transformation; nullopt when it is not computable.
using PointFromObserver = std::function<Result<std::optional<State>>(const State& fxosta, const math::Mat6& corxfm)>;

// The light-time loop ZZGFSSOB and ZZGFSSIN share: the surface point found by SUBPNT or SINCPT
// (`spoint`, at `trgepc`) starts with zero velocity; each pass rebuilds the observer's state
// relative to the target, corrected for the light time's rate `dlt` and (for +S) for the stellar
// aberration of the point, brings it into the body-fixed frame, takes the point's state from it
// and re-estimates dlt as the point's range rate over c.
Result<std::optional<State>> light_time_point(const Context& ctx, const SurfacePointDef& def,
                                              const geometry::AbCorr& corr, double et, const math::Vec3& spoint,
                                              double trgepc, int passes, const PointFromObserver& point_from) {
  SC_TRY_ASSIGN(const State ssbobs, geometry::spkssb(ctx, def.observer, et, "J2000"));
  SC_TRY_ASSIGN(const State ssbtg0, geometry::spkssb(ctx, def.target, trgepc, "J2000"));
  SC_TRY_ASSIGN(const math::Mat6 xform, geometry::sxform(ctx, "J2000", def.fixref, trgepc));
  State fxpsta = math::make_state(spoint, {0.0, 0.0, 0.0});

  math::Vec3 acc{};
  if (corr.stellar) {
    SC_TRY_ASSIGN(const State before, geometry::spkssb(ctx, def.observer, et - kTdelta, "J2000"));
    SC_TRY_ASSIGN(const State after, geometry::spkssb(ctx, def.observer, et + kTdelta, "J2000"));
    acc = math::qderiv(math::velocity_of(before), math::velocity_of(after), kTdelta);
  }

  double dlt = 0.0;
  for (int pass = 0; pass < passes; ++pass) {
    const double scale = corr.transmission ? 1.0 + dlt : 1.0 - dlt;
    const State ssbtrg = math::make_state(math::position_of(ssbtg0), math::vscl(scale, math::velocity_of(ssbtg0)));
    const State obstrg = math::state_sub(ssbtrg, ssbobs);
    const math::Mat6 corxfm = corrected_transform(corr.transmission, dlt, xform);
    const math::Mat6 corxfi = math::invstm(corxfm);
    State obspnt = math::state_add(obstrg, frames::apply(corxfi, fxpsta));

    State stemp = obstrg;
    if (corr.stellar) {
      SC_TRY_ASSIGN(auto&& sa, geometry::stellar_correction(corr.transmission, acc, math::velocity_of(ssbobs), obspnt));
      stemp = math::state_add(obstrg, math::make_state(sa.dpos, sa.dvel));
    }
    const State fxosta = negated(frames::apply(corxfm, stemp));

    SC_TRY_ASSIGN(auto&& point, point_from(fxosta, corxfm));
    if (!point) return std::optional<State>{};
    fxpsta = *point;

    // The light time's rate from the point's range rate (stellar aberration left in, as CSPICE
    // leaves it: the error is negligible).
    obspnt = math::state_add(obstrg, frames::apply(corxfi, fxpsta));
    const math::Vec3 upos = math::vhat(math::position_of(obspnt));
    dlt = math::vdot(math::velocity_of(obspnt), upos) / geometry::kClight;
  }
  return std::optional<State>{fxpsta};
}

Error undefined_velocity(const char* routine) {
  return make_error("SPICE(DEGENERATECASE)", std::string("The sub-observer state could could not be computed because "
                                                         "the velocity was not well defined. ") +
                                                 routine + " returned \"not found.\"");
}

// The sub-observer point's state from the observer's body-fixed state: the near point (DNEARP) or
// the intercept of the ray towards the target's center (SURFPV); either must exist.
Result<State> subpoint_from_observer(const SurfacePointDef& def, bool near, const State& fxosta) {
  if (near) {
    SC_TRY_ASSIGN(auto&& np, frames::dynamic::dnearp(fxosta, def.radii[0], def.radii[1], def.radii[2]));
    if (!np) return undefined_velocity("DNEARP");
    return np->near;
  }
  SC_TRY_ASSIGN(auto&& hit, math::surfpv(fxosta, negated(fxosta), def.radii[0], def.radii[1], def.radii[2]));
  if (!hit) return undefined_velocity("SURFPV");
  return *hit;
}

}  // namespace

Result<State> subobserver_state(const Context& ctx, const SurfacePointDef& def, double et) {
  SC_TRY_ASSIGN(auto&& corr, geometry::parse_abcorr(def.abcorr));
  bool near = false;
  if (geometry::eqstr(def.method, "Near point: ellipsoid")) {
    near = true;
  } else if (!geometry::eqstr(def.method, "Intercept: ellipsoid")) {
    return make_error("SPICE(NOTSUPPORTED)",
                      "Sub-observer point computation method " + def.method + " is not supported by this routine.");
  }

  if (corr.geometric) {
    SC_TRY(check_fixed_frame(ctx, def));
    SC_TRY_ASSIGN(auto&& fxtsta, geometry::spkgeo(ctx, def.target, et, def.fixref, def.observer));
    return subpoint_from_observer(def, near, negated(fxtsta.state));
  }

  SC_TRY_ASSIGN(auto&& sub, surface::subpnt(ctx, def.method, def.target_name, et, def.fixref, def.abcorr,
                                            def.observer_name));
  const PointFromObserver from = [&](const State& fxosta, const math::Mat6&) -> Result<std::optional<State>> {
    SC_TRY_ASSIGN(auto&& state, subpoint_from_observer(def, near, fxosta));
    return std::optional<State>{state};
  };
  SC_TRY_ASSIGN(auto&& state, light_time_point(ctx, def, corr, et, sub.spoint, sub.trgepc, 2, from));
  return *state;
}

Result<std::optional<State>> intercept_state(const Context& ctx, const SurfacePointDef& def, double et) {
  SC_TRY_ASSIGN(auto&& corr, geometry::parse_abcorr(def.abcorr));
  if (!geometry::eqstr(def.method, "Ellipsoid")) {
    return make_error("SPICE(NOTSUPPORTED)",
                      "Surface intercept point computation method " + def.method + " is not supported by this routine.");
  }
  const State dvec_state = math::make_state(def.dvec, {0.0, 0.0, 0.0});

  if (corr.geometric) {
    SC_TRY_ASSIGN(const math::Mat6 dcorxf, geometry::sxform(ctx, def.dref, "J2000", et));
    const State j2dsta = frames::apply(dcorxf, dvec_state);
    SC_TRY(check_fixed_frame(ctx, def));
    SC_TRY_ASSIGN(auto&& fxtsta, geometry::spkgeo(ctx, def.target, et, def.fixref, def.observer));
    SC_TRY_ASSIGN(const math::Mat6 xform, geometry::sxform(ctx, "J2000", def.fixref, et));
    return math::surfpv(negated(fxtsta.state), frames::apply(xform, j2dsta), def.radii[0], def.radii[1],
                        def.radii[2]);
  }

  // The ray's frame is evaluated where its center is seen from the observer (SPK rules, as SINCPT
  // does), with the light time's rate folded into its transformation.
  math::Mat6 dcorxf{};
  if (def.observer == def.dref_center) {
    SC_TRY_ASSIGN(dcorxf, geometry::sxform(ctx, def.dref, "J2000", et));
  } else {
    SC_TRY_ASSIGN(auto&& ctr, geometry::spkacs(ctx, def.dref_center, et, "J2000", def.abcorr, def.observer));
    const double ltsign = corr.transmission ? 1.0 : -1.0;
    SC_TRY_ASSIGN(auto&& drxfrm, geometry::sxform(ctx, def.dref, "J2000", et + ltsign * ctr.lt));
    dcorxf = corrected_transform(corr.transmission, ctr.dlt, drxfrm);
  }
  const State j2dsta = frames::apply(dcorxf, dvec_state);

  SC_TRY_ASSIGN(auto&& hit, surface::sincpt(ctx, def.method, def.target_name, et, def.fixref, def.abcorr,
                                            def.observer_name, def.dref, std::span<const double>(def.dvec)));
  // CSPICE goes on with whatever SINCPT left in its outputs when the ray misses; here a miss
  // means the intercept's state is not computable.
  if (!hit) return std::optional<State>{};
  const PointFromObserver from = [&](const State& fxosta, const math::Mat6& corxfm) {
    return math::surfpv(fxosta, frames::apply(corxfm, j2dsta), def.radii[0], def.radii[1], def.radii[2]);
  };
  return light_time_point(ctx, def, corr, et, hit->spoint, hit->trgepc, 3, from);
}

}  // namespace sc::gf
