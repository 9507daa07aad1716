// PCK type 3: Chebyshev polynomials for RA, DEC, W and for the body-fixed angular velocity, all in
// degrees and degrees per second, stored as a DAF generic segment (one constant, NCOEFF; one
// fixed-size packet per interval: MID, RADIUS, then six blocks of NCOEFF coefficients; explicit
// reference epochs, the packet being the one whose epoch is the last <= et). Read as PCKR03 reads
// it and evaluated as PCKE03 does: CHBVAL for each quantity, degrees to radians,
// phi = pi/2 + RA, delta = pi/2 - DEC, R = [W]_3 [delta]_1 [phi]_3, and the derivative block
// dR/dt = -Omega R, column by column as (-av) x (column of R).
#pragma once

#include "daf/segment_file.hpp"
#include "errors/result.hpp"
#include "math/rotation.hpp"
#include "pck/segment.hpp"

namespace sc::pck {

// The state transformation from the segment's base frame to the body-fixed frame at `et`. Errors,
// naming the segment and the file: SPICE(TIMEOUTOFBOUNDS) when et is outside the segment's
// coverage (as PCKR03 checks); SPICE(PCKKRECTOOLARGE) when a record of 6 NCOEFF + 2 words exceeds
// the 130 words PCKMAT has room for (CSPICE's spelling); SPICE(INVALIDCOUNT) when NCOEFF is below 1
// or the packets are too small for six blocks; SPICE(INVALIDRADIUS) for a radius that is not
// positive; and the generic segment errors (daf/generic_segment.hpp).
Result<math::Mat6> evaluate_type03(const daf::SegmentFile& file, const Segment& segment, double et);

}  // namespace sc::pck
