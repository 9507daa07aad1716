#include "gf/user_defined.hpp"


#include "gf/relation.hpp"
#include "gf/scalar_search.hpp"
#include "gf/solver.hpp"

namespace sc::gf {

Result<double> uddf(const ScalarFunction& udfunc, double x, double dx) {
  SC_TRY_ASSIGN(const double before, udfunc(x - dx));
  SC_TRY_ASSIGN(const double after, udfunc(x + dx));
  if (dx == 0.0) {
    return make_error("SPICE(DIVIDEBYZERO)", "Delta abscissa value is zero; a non-zero value is required.");
  }
  // VLCOMG's order: a*F2 + b*F0.
  return (0.5 / dx) * after + (-0.5 / dx) * before;
}

Result<bool> uddc(const ScalarFunction& udfunc, double x, double dx) {
  SC_TRY_ASSIGN(const double deriv, uddf(udfunc, x, dx));
  return deriv < 0.0;
}

Result<FlatWindow> gfuds(const Context& ctx, const ScalarFunction& udfuns, const BooleanFunction& udqdec,
                         std::string_view relate, double refval, double adjust, double step, int nintvls,
                         std::span<const double> cnfine, const SearchControl& control) {
  SC_TRY(check_strings({{"relate", relate}}));
  const ScalarArgs args{relate, refval, adjust, step, nintvls, cnfine};
  return scalar_search(ctx, args, control, [&]() -> Result<ScalarQuantity> { return ScalarQuantity{udfuns, udqdec}; });
}

Result<FlatWindow> gfudb(const Context& ctx, const BooleanFunction& udfunb, double step, std::span<const double> cnfine,
                         const SearchControl& control) {
  SC_TRY(set_step(ctx, step));
  const double tol = ctx.gf_tolerance().seconds;
  return solve_each_interval(udfunb, step, cnfine, tol, control);
}

}  // namespace sc::gf
