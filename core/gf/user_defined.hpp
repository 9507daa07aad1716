// Searches over a caller's own functions (GFUDS, GFUDB, N0067) and CSPICE's helpers for them (UDDF,
// UDDC). The functions come from the host (JS callbacks through the bindings); a failing one stops
// the search with its error, which the host turns back into what its function threw.
#pragma once

#include <functional>
#include <span>
#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"
#include "gf/search_control.hpp"
#include "gf/window_ops.hpp"

namespace sc::gf {

using ScalarFunction = std::function<Result<double>(double et)>;
using BooleanFunction = std::function<Result<bool>(double et)>;

// UDDF: the derivative of `udfunc` at x from its values at x - dx and x + dx (QDERIV's
// (0.5/dx)*f(x+dx) + (-0.5/dx)*f(x-dx)); dx == 0 is SPICE(DIVIDEBYZERO), after both evaluations
// as in CSPICE.
Result<double> uddf(const ScalarFunction& udfunc, double x, double dx);

// UDDC: whether that derivative is negative.
Result<bool> uddc(const ScalarFunction& udfunc, double x, double dx);

// gfuds_c: when udfuns(et) satisfies a relation, with `udqdec` saying where it decreases. Errors in
// CSPICE's order: SPICE(EMPTYSTRING) (relate), SPICE(VALUEOUTOFRANGE) (nintvls),
// SPICE(INVALIDSTEP), SPICE(NOTRECOGNIZED) (relate), the adjust checks, then the functions'.
Result<FlatWindow> gfuds(const Context& ctx, const ScalarFunction& udfuns, const BooleanFunction& udqdec,
                         std::string_view relate, double refval, double adjust, double step, int nintvls,
                         std::span<const double> cnfine, const SearchControl& control = {});

// gfudb_c: when udfunb(et) is true (ZZGFUDB: each confinement interval stepped and refined as
// gfoclt's are). SPICE(INVALIDSTEP), then the function's errors.
Result<FlatWindow> gfudb(const Context& ctx, const BooleanFunction& udfunb, double step, std::span<const double> cnfine,
                         const SearchControl& control = {});

}  // namespace sc::gf
