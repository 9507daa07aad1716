// What a caller may ask of a running GF search between its steps: progress reports and
// cancellation. CSPICE's GF has the same two hooks as routine arguments (GFREPI/GFREPU/GFREPF for
// progress, GFBAIL for interrupts); here they are one value the search carries through every pass.
// The engine (solver.cpp) calls `progress` with the fraction of the whole search done (all passes
// together, 0 to 1, never decreasing) and asks `cancelled` before each step and each refinement;
// a cancelled search stops with SPICE(CANCELLED) and leaves nothing behind (results are values).
#pragma once

#include <functional>

#include "errors/error.hpp"
#include "errors/result.hpp"
#include "gf/search_hooks.hpp"

namespace sc::gf {

struct SearchControl {
  std::function<void(double fraction)> progress;  // may be empty
  std::function<bool()> cancelled;                // may be empty
  const SearchHooks* hooks = nullptr;             // the mid-level searches' own functions
};

// The error a cancelled search returns.
Error cancelled_error();

// GFREPI/GFREPU's measure: the fraction of the confinement window before the epoch being examined,
// spread over the search's passes (a pass is one sweep of the confinement window: extrema need one,
// the other relations two). Reports only when the fraction grows.
class SearchProgress {
 public:
  SearchProgress(const SearchControl& control, int passes) : control_(control), passes_(passes) {}

  // GFREPI: a new pass over a window of total measure `measure` (seconds).
  void begin_pass(double measure);
  // GFREPU: the search has reached `et` in the confinement interval [ivbeg, ivend] (and the
  // caller's UDREPU, if any, is told; its failure stops the search).
  Status update(double ivbeg, double ivend, double et);
  // GFREPF: the pass is complete.
  void end_pass();

  bool cancelled() const { return control_.cancelled && control_.cancelled(); }

  // What the solver asks between steps: go on, stop with SPICE(CANCELLED), or stop quietly (the
  // caller's UDBAIL said so; `bailed()` then stays true).
  enum class Stop { no, cancel, bail };
  Result<Stop> stop();
  bool bailed() const { return bailed_; }
  const SearchHooks* hooks() const { return control_.hooks; }

 private:
  void report(double fraction);

  const SearchControl& control_;
  int passes_ = 1;
  int pass_ = 0;            // passes begun
  double measure_ = 0;      // of the current pass's window
  double done_ = 0;         // measure of the intervals finished in this pass
  double ivbeg_ = 0, ivend_ = 0;
  bool have_interval_ = false;
  double reported_ = -1;
  bool bailed_ = false;
};

}  // namespace sc::gf
