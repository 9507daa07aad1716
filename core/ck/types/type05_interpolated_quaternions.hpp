// CK type 5: quaternions (and by subtype angular velocities) interpolated by Hermite or Lagrange
// polynomials over a window of packets, inside interpolation intervals (CKR05 + CKE05). Layout:
// N packets, N epochs, a directory of every 100th epoch, the interval starts and their directory,
// then seconds per tick, subtype, window size, interval count and N. A request in a gap between
// intervals is served at the nearer epoch if within the tolerance.
#pragma once

#include <optional>

#include "ck/segment.hpp"
#include "ck/segment_data.hpp"
#include "daf/segment_file.hpp"
#include "errors/result.hpp"

namespace sc::ck {

// nullopt when nothing lies within `tol` of `sclkdp`. SPICE(WRONGCKTYPE), SPICE(NOTSUPPORTED) for
// an unknown subtype, SPICE(INVALIDVALUE) for a bad window size, and CKE05's errors.
Result<std::optional<Pointing>> evaluate_type05(const daf::SegmentFile& file, const Segment& segment, double sclkdp,
                                                double tol, bool needav);

}  // namespace sc::ck
