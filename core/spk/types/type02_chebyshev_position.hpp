// SPK type 2: Chebyshev polynomials for position; velocity is the derivative of the position
// polynomials (SPKR02 + SPKE02 with CHBINT).
#pragma once

#include "daf/chebyshev_records.hpp"
#include "daf/segment_file.hpp"
#include "errors/result.hpp"
#include "spk/segment.hpp"
#include "spk/state.hpp"

namespace sc::spk {

// The segment's state at `et` (relative to its center, in its frame). `et` should lie in the
// segment's coverage; see chebyshev_records.hpp for the record choice and the errors.
Result<State> evaluate_type02(const daf::SegmentFile& file, const Segment& segment, double et);

// The state from the record covering `et` (SPKE02: position and its derivative).
State type02_state(const daf::ChebyshevRecord& record, double et);

}  // namespace sc::spk
