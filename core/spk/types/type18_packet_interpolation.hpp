// SPK type 18 (spk.req, "Type 18: ESOC/DDID Hermite/Lagrange Interpolation"): N packets at N
// unequally spaced epochs, interpolated over windows that shrink near the ends of the data
// (SPKR18 + SPKE18). The segment holds
//    packets 1 .. N          (12 words each for subtype 0, 6 for subtype 1)
//    epochs 1 .. N
//    every 100th epoch       ((N - 1)/100 directory entries)
//    subtype, window size W, N
// Subtype 0 is Hermite interpolation of position with its derivative and, separately, of
// velocity with its derivative; subtype 1 is Lagrange interpolation of each state component
// (spk/records/packet_interpolation.hpp). The window: spk/records/packet_window.hpp.
#pragma once

#include "daf/segment_file.hpp"
#include "errors/result.hpp"
#include "spk/segment.hpp"
#include "spk/state.hpp"

namespace sc::spk {

// The segment's state at `et` (relative to its center, in its frame). Errors, naming the segment
// and the file, as SPKR18 checks them:
//   SPICE(TIMEOUTOFBOUNDS)  et is outside the segment's coverage;
//   SPICE(TOOFEWSTATES)     fewer than 2 packets;
//   SPICE(NOTSUPPORTED)     a subtype other than 0 and 1;
//   SPICE(INVALIDVALUE)     W not positive, odd, or above 8 (subtype 0) / 16 (subtype 1): CSPICE
//                           N0067 reads type 18 only up to degree 15;
// and where CSPICE would read outside the segment: SPICE(INVALIDCOUNT) when N packets, their
// epochs and directory do not fit its words. SPICE(DIVIDEBYZERO) for two equal epochs in a window.
Result<State> evaluate_type18(const daf::SegmentFile& file, const Segment& segment, double et);

}  // namespace sc::spk
