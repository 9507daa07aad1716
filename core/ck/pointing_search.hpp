// CSPICE's CK segment search (CKBSS/CKSNS) with CKPFS: the loaded CK segments for an instrument
// are tried in precedence order (the last loaded file first, in a file the last segment first);
// a segment is a candidate when its interval widened by the tolerance holds the request and, if
// angular velocity is needed, it has some; the first candidate that yields pointing within the
// tolerance serves the request, and one that does not lets the search go on.
#pragma once

#include <optional>

#include "ck/segment_data.hpp"
#include "errors/result.hpp"
#include "kernels/kernel_registry.hpp"

namespace sc::ck {

struct FoundPointing {
  Pointing pointing;  // relative to the segment's base frame
  int frame = 0;      // the segment's base ("reference") frame ID
};

// nullopt when no loaded segment serves the request (also for tol < 0, as CKGP returns then).
Result<std::optional<FoundPointing>> find_pointing(const kernels::KernelRegistry& kernels, int inst, double sclkdp,
                                                   double tol, bool needav);

}  // namespace sc::ck
