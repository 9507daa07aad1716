// SPK type 20 (spk.req, "Type 20: Chebyshev (velocity only)"): N records of equal length in time,
// each holding for x, y and z the Chebyshev coefficients of the velocity component followed by
// that position component at the record's midpoint:
//    vx coefficients (DEG + 1), x(mid), vy coefficients, y(mid), vz coefficients, z(mid)
// then the segment's last seven words
//    DSCALE (km per distance unit), TSCALE (seconds per time unit), INITJD, INITFR (the first
//    record's start as a two-part TDB Julian date), INTLEN (record length in days), RSIZE, N.
// Velocity is the expansion (times DSCALE/TSCALE, in km/s); position the stored one (times
// DSCALE, in km) plus the expansion's integral from the midpoint (SPKR20 + SPKE20 with CHBIGR).
#pragma once

#include "daf/segment_file.hpp"
#include "errors/result.hpp"
#include "spk/segment.hpp"
#include "spk/state.hpp"

namespace sc::spk {

// The segment's state at `et` (relative to its center, in its frame). As SPKR20, et selects the
// record INT((et - start) / length) + 1 clamped to 1 .. N, so an epoch on a boundary belongs to
// the later record and epochs outside the records use the nearest one (no coverage check, as in
// CSPICE). Errors, naming the segment and the file:
//   SPICE(INVALIDCOUNT)   fewer than one coefficient per component (SPKE20's check), or RSIZE and
//                         N that are not 3 (NCOF + 1) and a count fitting the segment (CSPICE
//                         would read outside the record or the segment);
//   SPICE(INVALIDRADIUS)  a record length that is not positive (CHBIGR's check; also NaN).
Result<State> evaluate_type20(const daf::SegmentFile& file, const Segment& segment, double et);

}  // namespace sc::spk
