// SPK type 8: equally spaced discrete states, each component (velocity included) interpolated by
// its own Lagrange polynomial over a window of states (SPKR08 + SPKE08 with LGRESP).
#pragma once

#include "daf/segment_file.hpp"
#include "errors/result.hpp"
#include "spk/segment.hpp"
#include "spk/state.hpp"

namespace sc::spk {

// The segment's state at `et` (relative to its center, in its frame). The window and its errors:
// equal_step_window.hpp.
Result<State> evaluate_type08(const daf::SegmentFile& file, const Segment& segment, double et);

}  // namespace sc::spk
