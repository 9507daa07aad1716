#include "gf/quantities/coordinate_solver.hpp"

#include "errors/number_text.hpp"
#include "gf/pass_schedule.hpp"
#include "gf/quantities/longitude_solver.hpp"
#include "gf/relation.hpp"
#include "gf/solver.hpp"
#include "surface/ljucrs.hpp"

namespace sc::gf {

namespace {

constexpr double kContraction = 1.0;  // ZZGFCSLV's CNTRCT, seconds

// ZZGFLONG's passes, for progress: 2 for '=', 6 for local extrema, 8 for inequalities, 7 to 11
// for absolute extrema.
int longitude_passes(std::string_view relate, double adjust) {
  const std::string op = surface::ljust_ucase(relate);
  if (op == "=") return 2;
  if (op == "LOCMIN" || op == "LOCMAX") return 6;
  if (op == "<" || op == ">") return 8;
  return adjust == 0.0 ? 9 : 11;
}

// The window within `cnfine` where a surface intercept's state is computable, contracted.
Result<FlatWindow> existence_window(const Context& ctx, const CoordinateDef& def, double step, double tol,
                                    std::size_t capacity, const FlatWindow& cnfine, const SearchControl& control) {
  SearchProgress progress(control, 1);
  // A mid-level caller's report (gfevnt): ZZGFCSLV's prefix for this pass.
  const SearchHooks* hooks = control.hooks;
  if (hooks != nullptr && hooks->report_begin) SC_TRY(hooks->report_begin(cnfine, "Intercept existence pass 1 of 1", "done."));
  progress.begin_pass(measure(cnfine));
  const Condition exists = [&](double et) { return coordinate_exists(ctx, def, et); };
  FlatWindow found;
  for (std::size_t i = 0; i < wncard(cnfine); ++i) {
    SC_TRY(solve(exists, step, cnfine[2 * i], cnfine[2 * i + 1], tol, progress, found, capacity));
  }
  progress.end_pass();
  if (hooks != nullptr && hooks->report_final) SC_TRY(hooks->report_final());
  const double excon = tol + kContraction;
  return wncond(excon, excon, found);
}

}  // namespace

Result<FlatWindow> coordinate_search(const Context& ctx, const CoordinateRequest& request, const ScalarArgs& args,
                                     const SearchControl& control) {
  SC_TRY(check_nintvls(args.nintvls));
  SC_TRY(set_step(ctx, args.step));
  SC_TRY(check_relation(args.relate));
  return coordinate_solve(ctx, request, relation_search(ctx, args), args.cnfine, control);
}

Result<FlatWindow> coordinate_solve(const Context& ctx, const CoordinateRequest& request, const RelationSearch& given,
                                    std::span<const double> cnfine, const SearchControl& control) {
  if (given.adjust < 0.0) {
    return make_error("SPICE(VALUEOUTOFRANGE)", "ADJUST was " + number_text(given.adjust) + "; must be non-negative.");
  }
  const double tol = given.tol;
  const auto capacity = given.capacity;
  const std::string coord = surface::ljucrs(1, request.crdnam);
  const bool longitude = coord == "LONGITUDE" || coord == "RIGHT ASCENSION";
  const bool intercept = request.vecdef == VectorDef::SurfaceIntercept;
  const int search_passes = longitude ? longitude_passes(given.relate, given.adjust)
                                      : relation_passes(given.relate, given.adjust);
  PassSchedule schedule(control, (intercept ? 1 : 0) + search_passes);

  FlatWindow confine(cnfine.begin(), cnfine.end());
  if (intercept) {
    SC_TRY_ASSIGN(auto&& def, coordinate_init(ctx, request));
    const SearchControl part = schedule.next(1);
    SC_TRY_ASSIGN(confine, existence_window(ctx, def, given.step, tol, capacity, confine, part));
  }

  const SearchControl part = schedule.next(search_passes);
  RelationSearch search = given;
  // ZZGFCSLV's RPTPRE for the relation passes (gfevnt's report; 'Coordinate pass 1 of # ').
  const std::string npass = std::to_string(relation_passes(given.relate, given.adjust));
  search.report_prefix = {"Coordinate pass 1 of " + npass + " ", "Coordinate pass 2 of " + npass + " "};
  FlatWindow result;
  if (longitude) {
    SC_TRY_ASSIGN(result, longitude_search(ctx, request, search, confine, part));
  } else {
    SC_TRY_ASSIGN(auto&& def, coordinate_init(ctx, request));
    SC_TRY_ASSIGN(result, solve_relation(coordinate_quantity(ctx, def), search, confine, part));
  }
  schedule.finish();
  return result;
}

}  // namespace sc::gf
