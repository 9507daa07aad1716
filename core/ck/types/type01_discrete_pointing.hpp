// CK type 1: discrete pointing instances (CKR01 + CKE01). Layout: NREC records of a quaternion
// (4 words) and, with angular velocity, its rate (3 more), then the NREC encoded SCLK times, a
// directory of every 100th time, and NREC as the last word. A request is served by the instance
// closest to it (LSTCLD within the group of 100 times the directory selects), if that lies within
// the tolerance; the pointing is that instance's, unchanged, at its own time.
#pragma once

#include <optional>

#include "ck/segment.hpp"
#include "ck/segment_data.hpp"
#include "daf/segment_file.hpp"
#include "errors/result.hpp"

namespace sc::ck {

// nullopt when no instance lies within `tol` of `sclkdp`. SPICE(NOAVDATA) when `needav` and the
// segment has no angular velocity.
Result<std::optional<Pointing>> evaluate_type01(const daf::SegmentFile& file, const Segment& segment, double sclkdp,
                                                double tol, bool needav);

}  // namespace sc::ck
