// The state one SPK segment gives, chosen by its place in a file rather than by a search: CSPICE's
// SPKPVN on the file's i-th segment (0-based, in file order, as DAFBFS/DAFFNA walk them). For
// looking at one segment of a file on its own (overlapping segments, a segment a later file hides).
#pragma once

#include <array>
#include <string_view>

#include "errors/result.hpp"
#include "kernels/kernel_registry.hpp"

namespace sc::inventory {

struct SegmentState {
  int ref = 0;                    // frame ID of the segment's states
  std::array<double, 6> state{};  // the segment's target relative to its center (km, km/s)
  int center = 0;                 // NAIF ID of the center
};

// `file` is named as kernels are loaded (virtual id or host path; it need not be loaded). Like
// SPKPVN, the epoch is not checked against the segment's coverage: the type's evaluator is used as
// it is. SPICE(INDEXOUTOFRANGE) when the file has no segment `index`; SPICE(SPKTYPENOTSUPP) for a
// segment type without an evaluator; the file's errors as spkcov reports them.
Result<SegmentState> spkpvn(const kernels::KernelRegistry& kernels, std::string_view file, int index, double et);

}  // namespace sc::inventory
