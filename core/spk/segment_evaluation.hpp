// Evaluating one segment, whatever its type (CSPICE's SPKPVN): the state of the segment's target
// relative to its center, in the segment's frame. The one place that maps SPK types to their
// evaluators; a new type is one more case here plus its own typeNN_*.cpp.
#pragma once

#include "daf/segment_file.hpp"
#include "errors/result.hpp"
#include "pool/pool.hpp"
#include "spk/segment.hpp"
#include "spk/state.hpp"

namespace sc::spk {

// SPICE(SPKTYPENOTSUPP) for a type this toolkit does not evaluate (yet), naming the segment;
// SPICE(INVALIDVALUE), naming the segment and epoch, when corrupt data give a state that is not
// finite (CSPICE would return it). The pool is read only by type 10, whose element sets' epochs need the LSK (as CSPICE's SPKE10 does).
Result<State> evaluate_segment(const pool::Pool& pool, const daf::SegmentFile& file, const Segment& segment, double et);

// evaluate_segment's last step: SPICE(INVALIDVALUE), naming the segment and epoch, for a state that
// is not finite (for readers that evaluate a segment's records themselves, spk/leg_cache.hpp).
Status require_finite_state(const State& state, const daf::SegmentFile& file, const Segment& segment, double et);

// The same without a kernel pool, for callers that have none (tests of single segments): every
// type but 10, whose segments fail here with the missing LSK's error (SPICE(NOLEAPSECONDS)).
Result<State> evaluate_segment(const daf::SegmentFile& file, const Segment& segment, double et);

}  // namespace sc::spk
