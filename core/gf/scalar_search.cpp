#include "gf/scalar_search.hpp"

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

Status check_step(double step) {
  if (step <= 0.0) {
    return make_error("SPICE(INVALIDSTEP)",
                      "Step has value " + number_text(step) + "; step size must be positive.");
  }
  return {};
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
  SC_TRY(check_step(args.step));
  SC_TRY(check_relation(args.relate));
  SC_TRY_ASSIGN(auto&& quantity, init());
  const FlatWindow cnfine(args.cnfine.begin(), args.cnfine.end());
  RelationSearch search;
  search.relate = args.relate;
  search.refval = args.refval;
  search.adjust = args.adjust;
  search.step = args.step;
  search.tol = ctx.gf_tolerance().seconds;
  search.capacity = static_cast<std::size_t>(args.nintvls);
  return solve_relation(quantity, search, cnfine, control);
}

}  // namespace sc::gf
