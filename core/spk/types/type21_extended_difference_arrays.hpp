// SPK type 21: extended modified difference arrays: type 1's difference lines with a table
// dimension MAXDIM of up to 25 (stored in the trailer) instead of 15. SPKR21 + SPKE21; the
// shared work is in difference_lines.hpp.
#pragma once

#include "daf/segment_file.hpp"
#include "errors/result.hpp"
#include "spk/segment.hpp"
#include "spk/state.hpp"

namespace sc::spk {

// The segment's state at `et` (relative to its center, in its frame). Besides the errors of
// difference_lines.hpp: SPICE(DIFFLINETOOLARGE) for MAXDIM > 25 (as SPKR21),
// SPICE(DIFFLINETOOSMALL) for MAXDIM < 1.
Result<State> evaluate_type21(const daf::SegmentFile& file, const Segment& segment, double et);

}  // namespace sc::spk
