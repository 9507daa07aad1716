#include "gf/quantities/distance.hpp"

#include <string>

#include "geometry/abcorr.hpp"
#include "geometry/states.hpp"
#include "gf/quantities/named_bodies.hpp"
#include "gf/scalar_search.hpp"
#include "math/vector_ops.hpp"

namespace sc::gf {

// ZZGFDIIN's checks, then ZZGFDIGQ/ZZGFDIDC.
Result<ScalarQuantity> distance_quantity(const Context& ctx, std::string_view target, std::string_view abcorr,
                                         std::string_view obsrvr) {
  SC_TRY_ASSIGN(auto&& ids, target_and_observer(ctx, target, obsrvr));
  const int targ = ids.target;
  const int obs = ids.observer;
  SC_TRY(geometry::parse_abcorr(abcorr));
  const std::string corr = geometry::abcorr_key(abcorr);
  ScalarQuantity q;
  q.value = [&ctx, targ, obs, corr](double et) -> Result<double> {
    SC_TRY_ASSIGN(auto&& p, geometry::spkezp(ctx, targ, et, "J2000", corr, obs));
    return math::vnorm(p.pos);
  };
  q.decreasing = [&ctx, targ, obs, corr](double et) -> Result<bool> {
    SC_TRY_ASSIGN(auto&& s, geometry::spkez(ctx, targ, et, "J2000", corr, obs));
    const math::Vec3 pos{s.state[0], s.state[1], s.state[2]};
    const math::Vec3 vel{s.state[3], s.state[4], s.state[5]};
    return math::vdot(pos, vel) < 0.0;
  };
  return q;
}

Result<FlatWindow> gfdist(const Context& ctx, std::string_view target, std::string_view abcorr,
                          std::string_view obsrvr, std::string_view relate, double refval, double adjust,
                          double step, int nintvls, std::span<const double> cnfine, const SearchControl& control) {
  SC_TRY(check_strings({{"target", target}, {"abcorr", abcorr}, {"obsrvr", obsrvr}, {"relate", relate}}));
  const ScalarArgs args{relate, refval, adjust, step, nintvls, cnfine};
  return scalar_search(ctx, args, control, [&]() { return distance_quantity(ctx, target, abcorr, obsrvr); });
}

}  // namespace sc::gf
