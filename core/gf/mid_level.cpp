#include "gf/mid_level.hpp"

#include <string>

#include "errors/number_text.hpp"
#include "gf/quantities/occultation.hpp"
#include "gf/scalar_search.hpp"
#include "gf/solver.hpp"
#include "surface/field_of_view_targets.hpp"
#include "surface/ljucrs.hpp"

namespace sc::gf {

namespace {

Status check_tolerance(double tol) {
  if (tol <= 0.0) return make_error("SPICE(INVALIDTOLERANCE)", "Tolerance must be positive but was " + number_text(tol) + ".");
  return {};
}

// ZZGFSOLV with CSTEP false: the caller's UDSTEP, or GFSTEP's saved step when it gave none. The
// hooks are copied so the default step can be filled in; `step` below is then unused (CSPICE's
// dummy STEP = 1).
Result<FlatWindow> search(const Context& ctx, const Condition& condition, double tol, const SearchHooks& given,
                          std::span<const double> cnfine) {
  SearchHooks hooks = given;
  if (!hooks.step) hooks.step = [&ctx](double et) { return gfstep(ctx, et); };
  SearchControl control;
  control.hooks = &hooks;
  return solve_each_interval(condition, 1.0, cnfine, tol, control);
}

}  // namespace

Result<FlatWindow> gfocce(const Context& ctx, std::string_view occtyp, std::string_view front,
                          std::string_view fshape, std::string_view fframe, std::string_view back,
                          std::string_view bshape, std::string_view bframe, std::string_view abcorr,
                          std::string_view obsrvr, double tol, const SearchHooks& hooks, std::span<const double> cnfine) {
  SC_TRY(check_strings({{"occtyp", occtyp},
                        {"front", front},
                        {"fshape", fshape},
                        {"fframe", fframe},
                        {"back", back},
                        {"bshape", bshape},
                        {"bframe", bframe},
                        {"abcorr", abcorr},
                        {"obsrvr", obsrvr}}));
  SC_TRY(check_tolerance(tol));
  if (surface::ljust_ucase(fshape) == "POINT" && surface::ljust_ucase(bshape) == "POINT") {
    return make_error("SPICE(INVALIDSHAPECOMBO)",
                      "The front and back target shape specifications are both PTSHAP; at least one of these targets "
                      "must be an extended object.");
  }
  SC_TRY_ASSIGN(const Condition occulted,
                occultation_condition(ctx, occtyp, front, fshape, fframe, back, bshape, bframe, abcorr, obsrvr));
  return search(ctx, occulted, tol, hooks, cnfine);
}

Result<FlatWindow> gffove(const Context& ctx, std::string_view inst, std::string_view tshape,
                          std::span<const double> raydir, std::string_view target, std::string_view tframe,
                          std::string_view abcorr, std::string_view obsrvr, double tol, const SearchHooks& hooks,
                          std::span<const double> cnfine) {
  SC_TRY(check_strings({{"inst", inst},
                        {"tshape", tshape},
                        {"target", target},
                        {"tframe", tframe},
                        {"abcorr", abcorr},
                        {"obsrvr", obsrvr}}));
  SC_TRY(check_tolerance(tol));
  SC_TRY_ASSIGN(auto&& in_fov, surface::fov_condition(ctx, inst, tshape, raydir, target, tframe, abcorr, obsrvr));
  return search(ctx, in_fov, tol, hooks, cnfine);
}

}  // namespace sc::gf
