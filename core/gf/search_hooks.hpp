// The caller's own functions of CSPICE's mid-level GF searches (GFOCCE, GFFOVE): UDSTEP (the step
// from an epoch), UDREFN (the next epoch to try between two with different states), UDREPI /
// UDREPU / UDREPF (a progress report: its start, each epoch reached, its end) and UDBAIL (an
// interrupt: the search stops quietly, keeping what it found so far, as CSPICE's does). The
// high-level searches use none of them; the engine calls them where ZZGFSOLV calls CSPICE's, so a
// search given GFSTEP/GFREFN's own behaviour finds exactly the high-level search's windows.
#pragma once

#include <functional>
#include <span>
#include <string_view>

#include "errors/result.hpp"

namespace sc::gf {

struct SearchHooks {
  std::function<Result<double>(double et)> step;                                  // UDSTEP; empty: GFSTEP
  std::function<Result<double>(double t1, double t2, bool s1, bool s2)> refine;   // UDREFN; empty: GFREFN
  std::function<Status()> report_init;                                           // UDREPI; empty: no report
  std::function<Status(double ivbeg, double ivend, double et)> report_update;    // UDREPU
  std::function<Status()> report_final;                                          // UDREPF
  std::function<Result<bool>()> interrupted;                                     // UDBAIL; empty: no bail
  // gfevnt (issue 14): UDREPI as ZZGFRELX calls it, once per pass, with the (expanded) confinement
  // window and GFEVNT's prefix and suffix for that pass ('Distance pass 1 of 2 ', 'done.'). The
  // relation layer calls this one when set (report_init otherwise).
  std::function<Status(std::span<const double> window, std::string_view prefix, std::string_view suffix)> report_begin;
};

}  // namespace sc::gf
