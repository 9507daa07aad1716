// SPK type 3: separate Chebyshev polynomials for the six state components (SPKR03 + SPKE03 with
// CHBVAL); velocity comes from its own coefficients, not from differentiating position.
#pragma once

#include "daf/chebyshev_records.hpp"
#include "daf/segment_file.hpp"
#include "errors/result.hpp"
#include "spk/segment.hpp"
#include "spk/state.hpp"

namespace sc::spk {

// The segment's state at `et` (relative to its center, in its frame). `et` should lie in the
// segment's coverage; see chebyshev_records.hpp for the record choice and the errors.
Result<State> evaluate_type03(const daf::SegmentFile& file, const Segment& segment, double et);

// The state from the record covering `et` (SPKE03: six expansions evaluated with CHBVAL).
State type03_state(const daf::ChebyshevRecord& record, double et);

}  // namespace sc::spk
