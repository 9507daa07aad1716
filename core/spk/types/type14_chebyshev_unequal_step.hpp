// SPK type 14: Chebyshev polynomials for position and velocity over intervals of any length
// (spk.req "Type 14"; SPKR14 + SPKE14, with SPKPVN's record-size check). The segment is a DAF
// generic segment (daf/generic_segment.hpp) with fixed-size packets and an explicit reference
// index of type 3: one constant, NCOEFF (the polynomials' degree + 1); one packet per interval,
//    MID, RADIUS, six blocks of NCOEFF coefficients (x, y, z, vx, vy, vz);
// and one reference epoch per packet, the start of its interval. The packet used at et is the one
// whose reference epoch is the last <= et, so an epoch on a boundary belongs to the later
// interval. Each component is evaluated with CHBVAL; velocity comes from its own coefficients.
#pragma once

#include "daf/segment_file.hpp"
#include "errors/result.hpp"
#include "spk/segment.hpp"
#include "spk/state.hpp"

namespace sc::spk {

// The segment's state at `et` (relative to its center, in its frame). Errors, in CSPICE's order,
// naming the segment and the file:
//   SPICE(INVALIDMETADATA)    meta data that cannot describe the segment (daf/generic_segment.hpp)
//   SPICE(INVALIDCOUNT)       NCOEFF below 1, or packets too small for MID, RADIUS and six blocks
//   SPICE(SPKRECTOOLARGE)     INT(NCOEFF) * 6 + 3 words exceed SPKPVN's 198-word record
//   SPICE(TIMEOUTOFBOUNDS)    et outside the segment's coverage (SPKR14's check)
//   SPICE(REQUESTOUTOFBOUNDS) et before the first reference epoch (no packet applies)
// As in SPKE14, the radius is not checked: a zero radius gives non-finite components.
Result<State> evaluate_type14(const daf::SegmentFile& file, const Segment& segment, double et);

}  // namespace sc::spk
