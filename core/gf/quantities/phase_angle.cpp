#include "gf/quantities/phase_angle.hpp"

#include <string>

#include "geometry/abcorr.hpp"
#include "geometry/speed_of_light.hpp"
#include "geometry/states.hpp"
#include "gf/quantities/angle_rates.hpp"
#include "gf/quantities/named_bodies.hpp"
#include "gf/scalar_search.hpp"
#include "math/constants.hpp"
#include "math/vector_ops.hpp"

namespace sc::gf {

namespace {

struct PhaseSetup {
  int targ = 0, illm = 0, obs = 0;
  bool geometric = false;
  std::string abcorr;
};

// ZZGFPAIN's checks, in its order.
Result<PhaseSetup> phase_setup(const Context& ctx, std::string_view target, std::string_view illmn,
                               std::string_view abcorr, std::string_view obsrvr) {
  PhaseSetup s;
  SC_TRY_ASSIGN(s.targ, body_id(ctx, target, "target object"));
  SC_TRY_ASSIGN(s.illm, body_id(ctx, illmn, "illuminator object"));
  SC_TRY_ASSIGN(s.obs, body_id(ctx, obsrvr, "observer object"));
  if (s.targ == s.obs || s.targ == s.illm || s.obs == s.illm) {
    return make_error("SPICE(BODIESNOTDISTINCT)", "The observer, illuminator, and target must be distinct objects, "
                                                  "but are not: OBSRVR = " + std::string(obsrvr) + ", TARGET = " +
                                                      std::string(target) + ", are not: ILLMN= " + std::string(illmn) +
                                                      ".");
  }
  SC_TRY_ASSIGN(auto&& corr, geometry::parse_abcorr(abcorr));
  if (corr.transmission) {
    return make_error("SPICE(INVALIDOPTION)", "Invalid aberration correction '" + std::string(abcorr) +
                                                  "'. Phase angle geometry calculations currently restricted to "
                                                  "reception cases.");
  }
  s.geometric = corr.geometric;
  s.abcorr = geometry::abcorr_key(abcorr);
  return s;
}

// ZZGFPAQ
Result<double> phase(const Context& ctx, const PhaseSetup& s, double et) {
  SC_TRY_ASSIGN(auto&& p1, geometry::spkezp(ctx, s.targ, et, "J2000", s.abcorr, s.obs));
  const double epoch = geometry::eqstr(s.abcorr, "NONE") ? et : et - p1.lt;
  SC_TRY_ASSIGN(auto&& p2, geometry::spkezp(ctx, s.illm, epoch, "J2000", s.abcorr, s.targ));
  return math::pi() - math::vsep(p1.pos, p2.pos);
}

// ZZGFPADC
Result<bool> phase_decreasing(const Context& ctx, const PhaseSetup& s, double et) {
  SC_TRY_ASSIGN(auto&& r1, geometry::spkez(ctx, s.targ, et, "J2000", s.abcorr, s.obs));
  math::State s2{};
  if (s.geometric) {
    SC_TRY_ASSIGN(auto&& r2, geometry::spkez(ctx, s.illm, et, "J2000", s.abcorr, s.targ));
    s2 = r2.state;
  } else {
    SC_TRY_ASSIGN(auto&& r2, geometry::spkez(ctx, s.illm, et - r1.lt, "J2000", s.abcorr, s.targ));
    s2 = r2.state;
    // d(et - lt)/dt = 1 - d(lt)/dt, with d(lt)/dt the range rate over c.
    const math::Vec3 uvec = math::vhat(math::position_of(r1.state));
    const double dlt = math::vdot(uvec, math::velocity_of(r1.state)) / geometry::kClight;
    const double scale = 1.0 - dlt;
    for (int i = 3; i < 6; ++i) s2[i] = scale * s2[i];
  }
  const double dsep = dvsep(r1.state, s2);
  return -dsep < 0.0;
}

}  // namespace

Result<ScalarQuantity> phase_angle_quantity(const Context& ctx, std::string_view target, std::string_view illmn,
                                            std::string_view abcorr, std::string_view obsrvr) {
  SC_TRY_ASSIGN(auto&& setup, phase_setup(ctx, target, illmn, abcorr, obsrvr));
  ScalarQuantity q;
  q.value = [&ctx, setup](double et) { return phase(ctx, setup, et); };
  q.decreasing = [&ctx, setup](double et) { return phase_decreasing(ctx, setup, et); };
  return q;
}

Result<FlatWindow> gfpa(const Context& ctx, std::string_view target, std::string_view illmn, std::string_view abcorr,
                        std::string_view obsrvr, std::string_view relate, double refval, double adjust, double step,
                        int nintvls, std::span<const double> cnfine, const SearchControl& control) {
  SC_TRY(check_strings(
      {{"target", target}, {"illmn", illmn}, {"abcorr", abcorr}, {"obsrvr", obsrvr}, {"relate", relate}}));
  const ScalarArgs args{relate, refval, adjust, step, nintvls, cnfine};
  return scalar_search(ctx, args, control, [&]() { return phase_angle_quantity(ctx, target, illmn, abcorr, obsrvr); });
}

}  // namespace sc::gf
