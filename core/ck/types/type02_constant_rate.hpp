// CK type 2: intervals of constant angular velocity (CKR02 + CKE02). Layout: NREC records of 8
// words (quaternion, angular velocity in rad/s, seconds per tick), then the NREC interval start
// times, the NREC stop times, and a directory of every 100th start time; NREC comes from the
// segment's length, (100 * length + 1) / 1001 rounded. A request inside an interval is served at
// the request time; one in a gap (or beyond the ends) by the nearer interval end, if that lies
// within the tolerance (the later interval when both are equally near).
#pragma once

#include <optional>

#include "ck/segment.hpp"
#include "ck/segment_data.hpp"
#include "daf/segment_file.hpp"
#include "errors/result.hpp"

namespace sc::ck {

// nullopt when no interval lies within `tol` of `sclkdp`.
Result<std::optional<Pointing>> evaluate_type02(const daf::SegmentFile& file, const Segment& segment, double sclkdp,
                                                double tol, bool needav);

}  // namespace sc::ck
