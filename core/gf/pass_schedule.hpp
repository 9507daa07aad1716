// Progress for a search made of several relation searches (ZZGFLONG runs up to six ZZGFRELX calls
// and ZZGFCSLV an existence pass before them): each part gets a SearchControl whose fractions map
// onto its share of the whole (in passes over the confinement window), so the caller sees one
// fraction from 0 to 1 that never decreases, and every part sees the caller's cancellation.
#pragma once

#include <memory>

#include "gf/search_control.hpp"

namespace sc::gf {

class PassSchedule {
 public:
  // `total`: the passes the whole search is expected to make (an estimate where it depends on
  // the results; fractions are capped at 1).
  PassSchedule(const SearchControl& parent, int total);

  // The control for the next part, which makes `passes` passes.
  SearchControl next(int passes);
  // Reports completion (1) once every part is done.
  void finish();

 private:
  struct Shared {
    const SearchControl* parent = nullptr;
    double reported = -1;
    void report(double fraction);
  };
  std::shared_ptr<Shared> shared_;
  int total_ = 1;
  int done_ = 0;
};

}  // namespace sc::gf
