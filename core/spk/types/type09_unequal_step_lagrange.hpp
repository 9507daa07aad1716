// SPK type 9: unequally spaced discrete states, each component (velocity included) interpolated
// by its own Lagrange polynomial over a window of states (SPKR09 + SPKE09 with LGRINT).
#pragma once

#include "daf/segment_file.hpp"
#include "errors/result.hpp"
#include "spk/segment.hpp"
#include "spk/state.hpp"

namespace sc::spk {

// The segment's state at `et` (relative to its center, in its frame). The window and its errors:
// unequal_step_window.hpp; also SPICE(DIVIDEBYZERO) for two equal epochs in a window.
Result<State> evaluate_type09(const daf::SegmentFile& file, const Segment& segment, double et);

}  // namespace sc::spk
