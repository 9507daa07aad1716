// SPK type 5: discrete states propagated with two-body motion (SPKR05 + SPKE05). A segment holds
// N states, their N epochs, every 100th epoch as a directory, then GM and N. Between the two
// states whose epochs bracket et, each is propagated to et with PROP2B and the results are
// blended with W(t) = 1/2 + cos(pi (t - t1)/(t2 - t1))/2:
//    p = W p1 + (1 - W) p2,   v = W v1 + (1 - W) v2 + W' (p1 - p2).
#pragma once

#include "daf/segment_file.hpp"
#include "errors/result.hpp"
#include "spk/segment.hpp"
#include "spk/state.hpp"

namespace sc::spk {

// The segment's state at `et` (relative to its center, in its frame). The bracketing pair is
// SPKR05's: the epochs number I and I + 1 where I is the count of epochs before et; before the
// first epoch (or at it) the first state alone, after the last epoch the last state alone, each
// propagated by PROP2B. Errors name the file and segment: SPICE(INVALIDCOUNT) when N does not fit
// the segment, and PROP2B's errors (math/two_body.hpp), e.g. SPICE(NONPOSITIVEMASS).
Result<State> evaluate_type05(const daf::SegmentFile& file, const Segment& segment, double et);

}  // namespace sc::spk
