// CK type 6: a sequence of mini-segments, each a type-5-like set of packets with its own subtype,
// window size and seconds per tick, covering consecutive intervals (CKR06 + CKE06, which is
// CKE05). Layout: the mini-segments, then the NINTVL + 1 interval bounds with a directory, the
// NINTVL + 1 mini-segment pointers, the interval selection flag and NINTVL. A mini-segment is its
// packets, their epochs, an epoch directory, then seconds per tick, subtype, window size and
// packet count. A request after a mini-segment's last epoch but before the next interval is served
// at that epoch or the next interval's start, whichever is nearer, if within the tolerance.
#pragma once

#include <optional>

#include "ck/segment.hpp"
#include "ck/segment_data.hpp"
#include "daf/segment_file.hpp"
#include "errors/result.hpp"

namespace sc::ck {

// nullopt when nothing lies within `tol` of `sclkdp`. SPICE(NOAVDATA), SPICE(INVALIDSUBTYPE),
// SPICE(INVALIDVALUE) for a bad window size, and CKE05's errors.
Result<std::optional<Pointing>> evaluate_type06(const daf::SegmentFile& file, const Segment& segment, double sclkdp,
                                                double tol, bool needav);

}  // namespace sc::ck
