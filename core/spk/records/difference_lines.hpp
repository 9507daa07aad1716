// Modified difference arrays ("difference lines", spk.req types 1 and 21), shared by both types.
// A segment holds N difference lines of DLSIZE = 4 * MAXDIM + 11 words, then the N final epochs of
// the lines, then every 100th of those epochs as a directory, then a trailer (type 1: N; type 21:
// MAXDIM, N). MAXDIM is 15 for type 1 and 1 .. 25 for type 21. A line is
//    TL, G(MAXDIM), then x, x', y, y', z, z' at TL, DT(MAXDIM, 3), KQMAX1, KQ(3).
#pragma once

#include <span>

#include "daf/segment_file.hpp"
#include "errors/result.hpp"
#include "spk/segment.hpp"
#include "spk/state.hpp"

namespace sc::spk {

struct DifferenceLineFormat {
  long long maxdim;          // MAXDIM: 15 (type 1) or the segment's (type 21)
  long long trailer_words;   // 1 (type 1: N) or 2 (type 21: MAXDIM, N)
  long long record_count;    // N, already read from the trailer
  long long max_kqmax1;      // largest KQMAX1 CSPICE's work arrays take (type 1: 15, type 21: <= 26)
  bool zero_step_is_error;   // SPKE21 refuses a zero step size in use; SPKE01 divides by it
};

// The state from the line covering et, chosen as SPKR01/SPKR21 choose it: the first line whose
// final epoch is >= et (the last line for et beyond every epoch, where CSPICE would read past the
// lines), and evaluated as SPKE01/SPKE21 do (Krogh's DAINT recurrences for the W coefficients,
// then the sums over the difference arrays, in their order). Errors name the file and segment:
//   SPICE(INVALIDCOUNT)  N, MAXDIM and the segment length do not fit together;
//   SPICE(INVALIDVALUE)  a line's KQMAX1 or KQ(i) is outside what its arrays hold;
//   SPICE(ZEROSTEP)      (type 21) a step size in use is zero.
Result<State> evaluate_difference_lines(const daf::SegmentFile& file, const Segment& segment,
                                        const DifferenceLineFormat& format, double et);

// SPKE01/SPKE21 on one line already read (for tests and the type files): `line` holds the
// 4 * maxdim + 11 words.
Result<State> evaluate_difference_line(std::span<const double> line, long long maxdim, long long max_kqmax1,
                                       bool zero_step_is_error, double et);

}  // namespace sc::spk
