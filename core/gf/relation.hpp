// The GF relation layer (ZZGFRELX, N0067): solves "quantity RELATE refval" over a confinement
// window for a scalar quantity given with its "is it decreasing?" function. Pass 1 finds where the
// quantity decreases (ZZGFSOLVX over the decreasing function, with the search step); LOCMIN/LOCMAX
// are the interior ends of those intervals, ABSMIN/ABSMAX the extreme ends; pass 2 solves
// "quantity < reference" on each monotone piece (step = the piece's length) and turns that into
// <, >, = (the ends of the "<" window inside the confinement window; '=' searches a window grown by
// ADDWIN = 0.5 s so solutions at its ends are found) or the adjusted absolute extrema.
#pragma once

#include <array>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "errors/result.hpp"
#include "gf/search_control.hpp"
#include "gf/window_ops.hpp"

namespace sc::gf {

struct ScalarQuantity {
  std::function<Result<double>(double et)> value;      // UDFUNC
  std::function<Result<bool>(double et)> decreasing;   // UDQDEC
};

struct RelationSearch {
  std::string_view relate;  // '<' '=' '>' LOCMIN ABSMIN LOCMAX ABSMAX, any case, leading blanks
  double refval = 0;
  double adjust = 0;
  double step = 0;          // pass 1's constant step (GFSSTP's value)
  double tol = 1e-6;
  std::size_t capacity = 0;  // intervals a workspace window holds (nintvls)
  // gfevnt (issue 14): the progress report's prefix for each pass (RPTPRE), given to the caller's
  // UDREPI (SearchHooks::report_begin) with the suffix 'done.'.
  std::array<std::string, 2> report_prefix{};
};

// The number of confinement-window passes a relation needs (GFEVNT's NPASS): 1 for LOCMIN,
// LOCMAX and unadjusted ABSMIN/ABSMAX, else 2.
int relation_passes(std::string_view relate, double adjust);

// GFEVNT's check of the relational operator (SPICE(NOTRECOGNIZED)), made before the quantity's
// own checks.
Status check_relation(std::string_view relate);

// With a mid-level caller's functions (control.hooks, gfevnt) this is ZZGFRELX exactly: UDREPI /
// UDREPF around each pass, UDSTEP in pass 1 only (pass 2 steps by each monotone piece's length),
// UDREFN in the solver, and UDBAIL after each confinement interval: true in pass 1 reports the end
// and returns an empty window (RESULT untouched), in pass 2 returns the "<" intervals found so far.
Result<FlatWindow> solve_relation(const ScalarQuantity& quantity, const RelationSearch& search,
                                  const FlatWindow& cnfine, const SearchControl& control);

}  // namespace sc::gf
