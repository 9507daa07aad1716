// CK type 4: Chebyshev polynomials of the quaternion and (optionally) the angular velocity, one
// packet per interval in a generic segment with variable-size packets (CKR04 + CKE04). A packet is
// the interval's midpoint and radius (ticks), the seven coefficient counts packed into one number
// (base 128, ZZCK4D2I), then the coefficients of q0..q3 and av1..av3. A request inside an interval
// is evaluated there; one in a gap or beyond the ends at the nearer interval end, if that lies
// within the tolerance.
#pragma once

#include <optional>

#include "ck/segment.hpp"
#include "ck/segment_data.hpp"
#include "daf/segment_file.hpp"
#include "errors/result.hpp"

namespace sc::ck {

// nullopt when no interval lies within `tol` of `sclkdp`. SPICE(NOAVDATA) when `needav` and the
// segment has no angular velocity.
Result<std::optional<Pointing>> evaluate_type04(const daf::SegmentFile& file, const Segment& segment, double sclkdp,
                                                double tol, bool needav);

}  // namespace sc::ck
