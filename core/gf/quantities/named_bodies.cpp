#include "gf/quantities/named_bodies.hpp"

#include <string>

namespace sc::gf {

Result<int> body_id(const Context& ctx, std::string_view name, std::string_view role) {
  SC_TRY_ASSIGN(auto&& code, ctx.body_names().string_to_code_checked(name, ctx.pool()));
  if (code) return *code;
  return make_error("SPICE(IDCODENOTFOUND)",
                    "The " + std::string(role) + ", '" + std::string(name) +
                        "', is not a recognized name for an ephemeris object. The cause of this problem may be that "
                        "you need an updated version of the SPICE Toolkit. ");
}

Result<TargetObserver> target_and_observer(const Context& ctx, std::string_view target, std::string_view obsrvr) {
  SC_TRY_ASSIGN(const int targ, body_id(ctx, target, "target object"));
  SC_TRY_ASSIGN(const int obs, body_id(ctx, obsrvr, "observer"));
  if (targ == obs) {
    return make_error("SPICE(BODIESNOTDISTINCT)", "The observer and target must be distinct objects, but are not: "
                                                  "OBSRVR = " + std::string(obsrvr) + "; TARGET = " +
                                                      std::string(target) + ".");
  }
  return TargetObserver{targ, obs};
}

}  // namespace sc::gf
