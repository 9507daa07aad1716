#include "gf/quantities/range_rate.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "geometry/abcorr.hpp"
#include "geometry/states.hpp"
#include "gf/quantities/named_bodies.hpp"
#include "gf/scalar_search.hpp"
#include "math/vector_ops.hpp"

namespace sc::gf {

namespace {

constexpr double kDt = 1.0;  // GFEVNT's DT for ZZGFRRIN, TDB seconds

// DVNORM: the rate of a state's position norm, <p/xmax, v> / |p/xmax| with xmax the position's
// largest component (VSCL by 1/xmax, so the reciprocal is multiplied in).
double dvnorm(const math::State& s) {
  const double xmax = std::max(std::max(std::fabs(s[0]), std::fabs(s[1])), std::fabs(s[2]));
  if (xmax == 0.0) return 0.0;
  const math::Vec3 a = math::vscl(1.0 / xmax, math::position_of(s));
  return math::vdot(a, math::velocity_of(s)) / math::vnorm(a);
}

}  // namespace

Result<ScalarQuantity> range_rate_quantity(const Context& ctx, std::string_view target, std::string_view abcorr,
                                           std::string_view obsrvr) {
  // ZZGFRRIN
  SC_TRY_ASSIGN(auto&& ids, target_and_observer(ctx, target, obsrvr));
  const int targ = ids.target;
  const int obs = ids.observer;
  SC_TRY(geometry::parse_abcorr(abcorr));
  const std::string corr = geometry::abcorr_key(abcorr);
  ScalarQuantity q;
  q.value = [&ctx, targ, obs, corr](double et) -> Result<double> {
    SC_TRY_ASSIGN(auto&& s, geometry::spkez(ctx, targ, et, "J2000", corr, obs));
    return dvnorm(s.state);
  };
  q.decreasing = [&ctx, targ, obs, corr](double et) -> Result<bool> {
    SC_TRY_ASSIGN(auto&& s0, geometry::spkez(ctx, targ, et - kDt, "J2000", corr, obs));
    SC_TRY_ASSIGN(auto&& s2, geometry::spkez(ctx, targ, et + kDt, "J2000", corr, obs));
    // QDERIV over the 6 components; only the velocity half (the acceleration) is used.
    const math::Vec3 acc =
        math::qderiv(math::velocity_of(s0.state), math::velocity_of(s2.state), kDt);
    SC_TRY_ASSIGN(auto&& s, geometry::spkez(ctx, targ, et, "J2000", corr, obs));
    const math::State srhat = math::dvhat(s.state);
    const double drvel = math::vdot(acc, math::position_of(srhat)) +
                         math::vdot(math::velocity_of(s.state), math::velocity_of(srhat));
    return drvel < 0.0;
  };
  return q;
}

Result<FlatWindow> gfrr(const Context& ctx, std::string_view target, std::string_view abcorr, std::string_view obsrvr,
                        std::string_view relate, double refval, double adjust, double step, int nintvls,
                        std::span<const double> cnfine, const SearchControl& control) {
  SC_TRY(check_strings({{"target", target}, {"abcorr", abcorr}, {"obsrvr", obsrvr}, {"relate", relate}}));
  const ScalarArgs args{relate, refval, adjust, step, nintvls, cnfine};
  return scalar_search(ctx, args, control, [&]() { return range_rate_quantity(ctx, target, abcorr, obsrvr); });
}

}  // namespace sc::gf
