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
  progress.begin_pass(measure(cnfine));
  const Condition exists = [&](double et) { return coordinate_exists(ctx, def, et); };
  FlatWindow found;
  for (std::size_t i = 0; i < wncard(cnfine); ++i) {
    SC_TRY(solve(exists, step, cnfine[2 * i], cnfine[2 * i + 1], tol, progress, found, capacity));
  }
  progress.end_pass();
  const double excon = tol + kContraction;
  return wncond(excon, excon, found);
}

}  // namespace

Result<FlatWindow> coordinate_search(const Context& ctx, const CoordinateRequest& request, const ScalarArgs& args,
                                     const SearchControl& control) {
  SC_TRY(check_nintvls(args.nintvls));
  SC_TRY(set_step(ctx, args.step));
  SC_TRY(check_relation(args.relate));
  if (args.adjust < 0.0) {
    return make_error("SPICE(VALUEOUTOFRANGE)", "ADJUST was " + number_text(args.adjust) + "; must be non-negative.");
  }
  const double tol = ctx.gf_tolerance().seconds;
  const auto capacity = static_cast<std::size_t>(args.nintvls);
  const std::string coord = surface::ljucrs(1, request.crdnam);
  const bool longitude = coord == "LONGITUDE" || coord == "RIGHT ASCENSION";
  const bool intercept = request.vecdef == VectorDef::SurfaceIntercept;
  const int search_passes = longitude ? longitude_passes(args.relate, args.adjust)
                                      : relation_passes(args.relate, args.adjust);
  PassSchedule schedule(control, (intercept ? 1 : 0) + search_passes);

  FlatWindow confine(args.cnfine.begin(), args.cnfine.end());
  if (intercept) {
    SC_TRY_ASSIGN(auto&& def, coordinate_init(ctx, request));
    const SearchControl part = schedule.next(1);
    SC_TRY_ASSIGN(confine, existence_window(ctx, def, args.step, tol, capacity, confine, part));
  }

  const SearchControl part = schedule.next(search_passes);
  RelationSearch search;
  search.relate = args.relate;
  search.refval = args.refval;
  search.adjust = args.adjust;
  search.step = args.step;
  search.tol = tol;
  search.capacity = capacity;
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
