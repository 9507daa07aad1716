// SPK type 12: equally spaced discrete states, interpolated by Hermite polynomials: each
// position component and its velocity together, the velocity being the interpolant's
// derivative (SPKR12 = SPKR08, SPKE12 with HRMESP).
#pragma once

#include "daf/segment_file.hpp"
#include "errors/result.hpp"
#include "spk/segment.hpp"
#include "spk/state.hpp"

namespace sc::spk {

// The segment's state at `et` (relative to its center, in its frame). The window and its errors:
// equal_step_window.hpp.
Result<State> evaluate_type12(const daf::SegmentFile& file, const Segment& segment, double et);

}  // namespace sc::spk
