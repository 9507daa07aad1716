// SPK type 13: unequally spaced discrete states, interpolated by Hermite polynomials: each
// position component and its velocity together, the velocity being the interpolant's
// derivative (SPKR13 = SPKR09, SPKE13 with HRMINT).
#pragma once

#include "daf/segment_file.hpp"
#include "errors/result.hpp"
#include "spk/segment.hpp"
#include "spk/state.hpp"

namespace sc::spk {

// The segment's state at `et` (relative to its center, in its frame). The window and its errors:
// unequal_step_window.hpp; also SPICE(DIVIDEBYZERO) for two equal epochs in a window.
Result<State> evaluate_type13(const daf::SegmentFile& file, const Segment& segment, double et);

}  // namespace sc::spk
