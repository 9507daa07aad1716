// The intervals over which a CK segment can give pointing (ZZCKCV01 .. ZZCKCV06, for CKCOV's
// INTERVAL level), in encoded SCLK, before CKCOV widens them by its tolerance:
//   type 1  each pointing instance (a zero-length interval)
//   type 2  each constant-rate interval, start to stop
//   type 3  each interpolation interval, from its start to its last pointing instance
//   type 4  each Chebyshev packet, midpoint -+ radius
//   type 5  as type 3, clipped to the segment's descriptor times
//   type 6  each mini-segment's interval, ending at its last epoch if that is earlier, clipped
// For types 5 and 6 (`clipped`), an interval that the clipping empties (begin > finish) is skipped
// by CKCOV; for the others every interval is inserted.
#pragma once

#include <vector>

#include "ck/segment.hpp"
#include "daf/segment_file.hpp"
#include "errors/result.hpp"

namespace sc::ck {

struct SclkInterval {
  double begin = 0;
  double finish = 0;
};

struct SegmentIntervals {
  std::vector<SclkInterval> intervals;  // in the segment's order
  bool clipped = false;                 // types 5 and 6
};

// SPICE(BADCK1SEGMENT) / SPICE(BADCK3SEGMENT) when the counts do not match the segment's length,
// SPICE(NOTSUPPORTED) for a type 5 subtype or a data type CKCOV does not know; SPICE(INVALIDVALUE),
// naming the segment, when an interval bound is not finite (corrupt data that CKCOV would report).
Result<SegmentIntervals> segment_intervals(const daf::SegmentFile& file, const Segment& segment);

}  // namespace sc::ck
