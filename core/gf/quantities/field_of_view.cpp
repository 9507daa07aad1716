#include "gf/quantities/field_of_view.hpp"

#include <array>

#include "geometry/abcorr.hpp"
#include "gf/scalar_search.hpp"
#include "gf/solver.hpp"
#include "surface/field_of_view_targets.hpp"

namespace sc::gf {

namespace {

// GFFOVE: ZZGFFVIN's checks, then one binary-state search per confinement interval.
Result<FlatWindow> fov_search(const Context& ctx, std::string_view inst, std::string_view tshape,
                              std::span<const double> raydir, std::string_view target, std::string_view tframe,
                              std::string_view abcorr, std::string_view obsrvr, double step,
                              std::span<const double> cnfine, const SearchControl& control) {
  SC_TRY(set_step(ctx, step));
  const double tol = ctx.gf_tolerance().seconds;
  SC_TRY_ASSIGN(auto&& in_fov, surface::fov_condition(ctx, inst, tshape, raydir, target, tframe, abcorr, obsrvr));
  return solve_each_interval(in_fov, step, cnfine, tol, control);
}

}  // namespace

Result<FlatWindow> gftfov(const Context& ctx, std::string_view inst, std::string_view target, std::string_view tshape,
                          std::string_view tframe, std::string_view abcorr, std::string_view obsrvr, double step,
                          std::span<const double> cnfine, const SearchControl& control) {
  SC_TRY(check_strings({{"inst", inst},
                        {"target", target},
                        {"tshape", tshape},
                        {"tframe", tframe},
                        {"abcorr", abcorr},
                        {"obsrvr", obsrvr}}));
  if (geometry::eqstr(tshape, "RAY")) {
    return make_error("SPICE(INVALIDOPTION)",
                      "The target shape RAY is not supported by this routine. Use the routine GFRFOV instead.");
  }
  const std::array<double, 3> no_ray{0.0, 0.0, 0.0};
  return fov_search(ctx, inst, tshape, no_ray, target, tframe, abcorr, obsrvr, step, cnfine, control);
}

Result<FlatWindow> gfrfov(const Context& ctx, std::string_view inst, std::span<const double> raydir,
                          std::string_view rframe, std::string_view abcorr, std::string_view obsrvr, double step,
                          std::span<const double> cnfine, const SearchControl& control) {
  SC_TRY(check_strings({{"inst", inst}, {"rframe", rframe}, {"abcorr", abcorr}, {"obsrvr", obsrvr}}));
  return fov_search(ctx, inst, "RAY", raydir, " ", rframe, abcorr, obsrvr, step, cnfine, control);
}

}  // namespace sc::gf
