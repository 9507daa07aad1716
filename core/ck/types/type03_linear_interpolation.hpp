// CK type 3: pointing instances with linear interpolation between them inside interpolation
// intervals (CKR03 + CKE03). Layout: NREC records of a quaternion (and, with angular velocity,
// its rate), the NREC encoded SCLK times, a directory of every 100th time, the NINT interval
// start times, a directory of every 100th start, then NINT and NREC. A request between two
// instances of one interval is interpolated (the rotation from the first to the second scaled by
// the fraction of time elapsed, angular velocity linearly); a request outside any interval is
// served by the nearer instance if that lies within the tolerance.
#pragma once

#include <optional>

#include "ck/segment.hpp"
#include "ck/segment_data.hpp"
#include "daf/segment_file.hpp"
#include "errors/result.hpp"

namespace sc::ck {

// nullopt when no pointing lies within `tol` of `sclkdp`. SPICE(NOAVDATA) when `needav` and the
// segment has no angular velocity.
Result<std::optional<Pointing>> evaluate_type03(const daf::SegmentFile& file, const Segment& segment, double sclkdp,
                                                double tol, bool needav);

}  // namespace sc::ck
