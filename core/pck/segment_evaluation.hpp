// Evaluating one binary PCK segment, whatever its type (CSPICE's PCKMAT once PCKSFS has chosen
// the segment): the state transformation from the segment's base frame to the body-fixed frame.
// The one place that maps PCK types to their evaluators.
#pragma once

#include "daf/segment_file.hpp"
#include "errors/result.hpp"
#include "math/rotation.hpp"
#include "pck/segment.hpp"

namespace sc::pck {

// SPICE(PCKTYPENOTSUPP) for a type this toolkit does not evaluate, naming the segment. (CSPICE's
// PCKMAT returns "not found" for an unknown type, which would silently hide the segment and fall
// back to text PCK data; an error says what is wrong instead.) SPICE(INVALIDVALUE), naming the
// segment and epoch, when corrupt data give a transformation that is not finite (CSPICE would
// return it).
Result<math::Mat6> evaluate_segment(const daf::SegmentFile& file, const Segment& segment, double et);

}  // namespace sc::pck
