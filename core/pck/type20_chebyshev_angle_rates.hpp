// PCK type 20 (pck.req, "Type 20: Chebyshev polynomials for Euler angle rates"): N records of
// equal length in time, each holding for the angles phi, delta and w (in this order) the
// Chebyshev coefficients of the angle's rate followed by the angle at the record's midpoint:
//    phi' coefficients (DEG + 1), phi(mid), delta' coefficients, delta(mid), w' coefficients, w(mid)
// then the segment's last seven words
//    ASCALE (radians per angle unit), TSCALE (seconds per time unit), INITJD, INITFR (the first
//    record's start as a two-part TDB Julian date), INTLEN (record length in days), RSIZE, N.
// The rates are the expansions times ASCALE/TSCALE (radians per second); the angles the stored
// ones times ASCALE plus the expansions' integrals from the midpoint, then w reduced modulo 2 pi
// (PCKR20 + PCKE20, which is SPKE20 with CHBIGR). The layout is SPK type 20's, with angles in
// place of positions.
#pragma once

#include "daf/segment_file.hpp"
#include "errors/result.hpp"
#include "math/euler.hpp"
#include "math/rotation.hpp"
#include "pck/segment.hpp"

namespace sc::pck {

// PCKE20's result: (phi, delta, w, dphi/dt, ddelta/dt, dw/dt), radians and radians per second,
// w = MOD(w, 2 pi). As PCKR20, et selects the record INT((et - start) / length) + 1 clamped to
// 1 .. N, so an epoch on a boundary between records belongs to the later one (there is no
// coverage check: PCKSFS chose the segment). Errors, naming the segment and the file:
//   SPICE(INVALIDCOUNT)    a segment too short for its trailer, an RSIZE that is not 3 (NCOF + 1)
//                          with NCOF >= 1 (SPKE20's check; CSPICE would misread other sizes), or
//                          N records that do not fit the segment;
//   SPICE(PCKRECTOOLARGE)  records longer than 127 words (degree above 40), which cannot fit the
//                          130-word buffer PCKMAT hands to PCKR20 (see the .cpp);
//   SPICE(INVALIDRADIUS)   a record length that is not positive (CHBIGR's check; also NaN).
Result<math::EulerState> evaluate_type20_angles(const daf::SegmentFile& file, const Segment& segment, double et);

// PCKMAT's type 20 path: the angles reordered to (w, delta, phi, dw, ddelta, dphi) and turned into
// the state transformation by EUL2XF with axes 3, 1, 3.
Result<math::Mat6> evaluate_type20(const daf::SegmentFile& file, const Segment& segment, double et);

}  // namespace sc::pck
