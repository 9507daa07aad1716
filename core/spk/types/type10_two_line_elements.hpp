// SPK type 10: NORAD two-line element sets, evaluated with SGP4/SDP4 (spk.req "Type 10: Space
// Command Two-Line Elements"; CSPICE N0067's SPKR10 + SPKE10). The segment is a DAF generic
// segment (daf/generic_segment.hpp):
//   constants  the 8 geophysical constants of EVSGP4's GEOPHS (J2, J3, J4, KE, QO, SO, ER, AE);
//   packets    one per element set, 14 words: the 10 elements of GETELM (the last being the set's
//              epoch), then the nutation in obliquity and longitude at that epoch and their rates
//              (SPKW10 stores them; N0067 no longer reads them). Packets of 10 words, from older
//              writers, are read too;
//   references the sets' epochs, explicit index of type 4 (EXPCLS: the closest epoch).
// At et, SPKR10 takes the set whose epoch is closest and its neighbour on et's side (one set
// before the first epoch and after the last). SPKE10 propagates both with SGP4 (AFSPC mode) to et
// and blends them, state = w s1 + (1 - w) s2 with w = (1 + cos(pi (et - t1) / (t2 - t1))) / 2,
// adding dw/dt (s1 - s2) to the velocity; a single set is used alone. The TEME state is then
// taken to J2000 with ZZTEME's transformation (tle/teme_frame.hpp), whatever frame the segment
// names: SPKW10's segments are J2000.
#pragma once

#include "daf/segment_file.hpp"
#include "errors/result.hpp"
#include "spk/segment.hpp"
#include "spk/state.hpp"
#include "time/leapseconds.hpp"

namespace sc::spk {

// The segment's state at `et`. The element sets' epochs are converted to UTC with `kernel` (the
// LSK), as XXSGP4I does. Errors, naming the segment and the file where they are the segment's:
//   SPICE(INVALIDMETADATA)    meta data that cannot describe the segment
//   SPICE(REQUESTOUTOFBOUNDS) fewer than 8 constants, or no element set
//   SPICE(INVALIDCOUNT)       packets of neither 10 nor 14 words
//   the LSK's errors (SPICE(NOLEAPSECONDS) ...) and SGP4's (SPICE(SUBORBITAL),
//   SPICE(BADMECCENTRICITY), SPICE(ORBITDECAY) ...), as CSPICE's XXSGP4I and XXSGP4E give them.
Result<State> evaluate_type10(const time::TimeKernel& kernel, const daf::SegmentFile& file, const Segment& segment,
                              double et);

}  // namespace sc::spk
