// SPK type 1: modified difference arrays ("difference lines", JPL's DE/navigation integrator
// output). SPKR01 + SPKE01; the shared work is in difference_lines.hpp.
#pragma once

#include "daf/segment_file.hpp"
#include "errors/result.hpp"
#include "spk/segment.hpp"
#include "spk/state.hpp"

namespace sc::spk {

// The segment's state at `et` (relative to its center, in its frame). Errors: see
// difference_lines.hpp.
Result<State> evaluate_type01(const daf::SegmentFile& file, const Segment& segment, double et);

}  // namespace sc::spk
