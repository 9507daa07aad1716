// Evaluating one segment, whatever its type (CSPICE's SPKPVN): the state of the segment's target
// relative to its center, in the segment's frame. The one place that maps SPK types to their
// evaluators; a new type is one more case here plus its own typeNN_*.cpp.
#pragma once

#include "daf/segment_file.hpp"
#include "errors/result.hpp"
#include "spk/segment.hpp"
#include "spk/state.hpp"

namespace sc::spk {

// SPICE(SPKTYPENOTSUPP) for a type this toolkit does not evaluate (yet), naming the segment.
Result<State> evaluate_segment(const daf::SegmentFile& file, const Segment& segment, double et);

}  // namespace sc::spk
