// SPK type 19 (spk.req, "Type 19: ESOC/DDID Piecewise Interpolation"): a sequence of
// interpolation intervals, each with its own "mini-segment" of packets interpolated as type 18
// does (SPKR19 + SPKE19). The segment holds
//    mini-segments 1 .. N
//    interval bounds 1 .. N + 1     (the N start times, then the last stop time)
//    every 100th bound              (N/100 directory entries)
//    mini-segment pointers 1 .. N + 1  (pointer k: mini-segment k's first word, 1 = the segment's
//                                    first word; pointer N + 1 is one past the last mini-segment)
//    boundary flag, N               (flag 1: at a bound shared by two intervals use the later one;
//                                    otherwise the earlier one)
// and each mini-segment
//    packets 1 .. M, epochs 1 .. M, every 100th epoch ((M - 1)/100 entries), subtype, window, M
// Subtypes: 0 Hermite with 12-word packets, 1 Lagrange with 6-word packets, 2 Hermite with
// 6-word packets (spk/records/packet_interpolation.hpp). A mini-segment's epochs may extend beyond its
// interval (padding); the window (spk/records/packet_window.hpp) shrinks at the mini-segment's ends.
#pragma once

#include "daf/segment_file.hpp"
#include "errors/result.hpp"
#include "spk/segment.hpp"
#include "spk/state.hpp"

namespace sc::spk {

// The segment's state at `et` (relative to its center, in its frame). Errors, naming the segment
// and the file, as SPKR19 checks them:
//   SPICE(TIMEOUTOFBOUNDS)  et is outside the segment's coverage;
//   SPICE(BUG)              et is outside the intervals (a coverage wider than its bounds);
//   SPICE(NOTSUPPORTED)     a mini-segment subtype other than 0, 1, 2;
//   SPICE(INVALIDVALUE)     a window size that is odd or outside 2 .. 14 (subtype 0) / 28;
// and where CSPICE would read outside the segment or a mini-segment: SPICE(INVALIDCOUNT) when the
// counts or pointers do not fit. SPICE(DIVIDEBYZERO) for two equal epochs in a window.
Result<State> evaluate_type19(const daf::SegmentFile& file, const Segment& segment, double et);

}  // namespace sc::spk
