// The GF root finder (ZZGFSOLVX, N0067): steps through [start, finish] with a constant step,
// evaluating a boolean condition; each change of state is bracketed by two steps and narrowed by
// bisection (GFREFN: the midpoint t1*0.5 + t2*0.5, bracketed) until the bracket is no longer than
// the convergence tolerance or stops shrinking; the transition is the bracket's midpoint. Intervals
// where the condition holds are added to `result`. The order of evaluations, comparisons and
// midpoints is CSPICE's, so the epochs found are CSPICE's and the same on every backend.
#pragma once

#include <cstddef>
#include <functional>
#include <span>

#include "errors/result.hpp"
#include "gf/search_control.hpp"
#include "gf/window_ops.hpp"

namespace sc::gf {

using Condition = std::function<Result<bool>(double et)>;

// SPICE(INVALIDTOLERANCE) for tol <= 0, SPICE(BADTIMECASE) for start > finish,
// SPICE(NOCONVERG) after 1000 refinements, SPICE(CANCELLED) when the caller cancels; the
// condition's own errors pass through. `capacity` bounds `result` (SPICE(WINDOWEXCESS)).
// `constant_step` is ZZGFSOLVX's CSTEP: true ignores a caller's UDSTEP (ZZGFRELX's second pass
// steps by each monotone piece's length).
Status solve(const Condition& condition, double step, double start, double finish, double tol,
             SearchProgress& progress, FlatWindow& result, std::size_t capacity, bool constant_step = false);

// The boolean searches of GFOCCE, GFFOVE and ZZGFUDB (gfoclt, gftfov, gfrfov, gfudb): `solve` over
// each confinement interval in turn, one progress pass over the whole window, and no bound on the
// result (in CSPICE it is the caller's window, not a workspace).
Result<FlatWindow> solve_each_interval(const Condition& condition, double step, std::span<const double> cnfine,
                                       double tol, const SearchControl& control);

}  // namespace sc::gf
