// What every scalar GF call (gfsep_c, gfdist_c, ...) does around its quantity, in CSPICE's order:
// the wrapper's checks (no empty string: SPICE(EMPTYSTRING); nintvls >= 1:
// SPICE(VALUEOUTOFRANGE)), GFSSTP's step check (SPICE(INVALIDSTEP)), the context's tolerance
// (gfstol), GFEVNT's check of the relational operator (SPICE(NOTRECOGNIZED)), then the quantity's
// initialization (its own checks), then the relation layer (ZZGFRELX). Also gfstol itself.
#pragma once

#include <functional>
#include <initializer_list>
#include <span>
#include <string_view>
#include <utility>

#include "context.hpp"
#include "errors/result.hpp"
#include "gf/relation.hpp"
#include "gf/search_control.hpp"
#include "gf/window_ops.hpp"

namespace sc::gf {

// CHKFSTR over the named string arguments, in the wrapper's order.
Status check_strings(std::initializer_list<std::pair<std::string_view, std::string_view>> named);

// The wrapper's workspace check: nintvls < 1 is SPICE(VALUEOUTOFRANGE).
Status check_nintvls(int nintvls);

// GFSSTP: the step must be positive (SPICE(INVALIDSTEP)); a valid one becomes the context's
// saved step (what gfstep returns), as every CSPICE search leaves it.
Status set_step(const Context& ctx, double step);

// gfsstp_c and gfstep_c themselves (gfstep: SPICE(NOTINITIALIZED) before any step was set).
Status gfsstp(const Context& ctx, double step);
Result<double> gfstep(const Context& ctx, double time);

// GFREFN: the default refinement, the midpoint t1*0.5 + t2*0.5 bracketed by t1 and t2 (BRCKTD,
// either order); s1 and s2 (the states at t1 and t2) are not used.
double gfrefn(double t1, double t2, bool s1, bool s2);

// gfstol_c: the context's convergence tolerance for later searches; SPICE(INVALIDTOLERANCE) for a
// value that is not positive.
Status gfstol(Context& ctx, double value);

struct ScalarArgs {
  std::string_view relate;
  double refval = 0;
  double adjust = 0;
  double step = 0;
  int nintvls = 0;
  std::span<const double> cnfine;
};

// The relation layer's search for these arguments, with the context's tolerance (gfstol).
RelationSearch relation_search(const Context& ctx, const ScalarArgs& args);

// nintvls, step, tolerance, relation, then `init` (the quantity's checks and functions), then the
// search. The string checks come before this, in each call's own order.
Result<FlatWindow> scalar_search(const Context& ctx, const ScalarArgs& args, const SearchControl& control,
                                 const std::function<Result<ScalarQuantity>()>& init);

}  // namespace sc::gf
