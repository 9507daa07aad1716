#include "gf/scalar_search.hpp"

#include <algorithm>
#include <string>

#include "errors/number_text.hpp"

namespace sc::gf {

Status check_strings(std::initializer_list<std::pair<std::string_view, std::string_view>> named) {
  for (const auto& [name, value] : named) {
    if (value.empty()) {
      return make_error("SPICE(EMPTYSTRING)", "String \"" + std::string(name) + "\" has length zero.");
    }
  }
  return {};
}

Status check_nintvls(int nintvls) {
  if (nintvls < 1) {
    return make_error("SPICE(VALUEOUTOFRANGE)", "The specified workspace interval count " + std::to_string(nintvls) +
                                                    " was less than the minimum allowed value (1).");
  }
  return {};
}

Status set_step(const Context& ctx, double step) {
  if (step <= 0.0) {
    return make_error("SPICE(INVALIDSTEP)",
                      "Step has value " + number_text(step) + "; step size must be positive.");
  }
  ctx.gf_step().set(step);
  return {};
}

Status gfsstp(const Context& ctx, double step) { return set_step(ctx, step); }

Result<double> gfstep(const Context& ctx, double /*time: unused, as in CSPICE*/) {
  const auto step = ctx.gf_step().get();
  if (!step) return make_error("SPICE(NOTINITIALIZED)", "Step size was never initialized.");
  return *step;
}

double gfrefn(double t1, double t2, bool /*s1*/, bool /*s2*/) {
  const double x = t1 * 0.5 + t2 * 0.5;
  return t1 < t2 ? std::max(t1, std::min(t2, x)) : std::max(t2, std::min(t1, x));  // BRCKTD
}

Status gfstol(Context& ctx, double value) {
  if (value <= 0.0) {
    return make_error("SPICE(INVALIDTOLERANCE)",
                      "Tolerance must be non-zero and positive, but was " + number_text(value) + ".");
  }
  ctx.gf_tolerance().seconds = value;
  return {};
}

Result<FlatWindow> scalar_search(const Context& ctx, const ScalarArgs& args, const SearchControl& control,
                                 const std::function<Result<ScalarQuantity>()>& init) {
  SC_TRY(check_nintvls(args.nintvls));
  SC_TRY(set_step(ctx, args.step));
  SC_TRY(check_relation(args.relate));
  SC_TRY_ASSIGN(auto&& quantity, init());
  const FlatWindow cnfine(args.cnfine.begin(), args.cnfine.end());
  return solve_relation(quantity, relation_search(ctx, args), cnfine, control);
}

RelationSearch relation_search(const Context& ctx, const ScalarArgs& args) {
  RelationSearch search;
  search.relate = args.relate;
  search.refval = args.refval;
  search.adjust = args.adjust;
  search.step = args.step;
  search.tol = ctx.gf_tolerance().seconds;
  search.capacity = static_cast<std::size_t>(args.nintvls);
  return search;
}

}  // namespace sc::gf
