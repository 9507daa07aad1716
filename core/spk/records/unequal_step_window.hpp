// The interpolation window of SPK types 9 and 13 (unequally spaced states; SPKR09, which SPKR13
// calls): a segment holds N states (6 words each), their N epochs, every 100th epoch as a
// directory ((N - 1)/100 entries), then a window parameter P and N. Type 9 stores the Lagrange
// degree (windows of P + 1 states), type 13 the window size minus one: either way W = P + 1.
#pragma once

#include <vector>

#include "daf/segment_file.hpp"
#include "errors/result.hpp"
#include "spk/segment.hpp"

namespace sc::spk {

struct UnequalStepWindow {
  std::vector<double> states;  // W states, x y z vx vy vz each
  std::vector<double> epochs;  // their W epochs
};

// SPKR09's choice of the W consecutive states for et. With LOW the last epoch before et (1 when
// et is at or before the first epoch; for et equal to an epoch, the one before it) and HIGH =
// LOW + 1:
//   W odd:  NEAR = LOW when et is at or before the first epoch or strictly closer to epoch LOW
//           than to epoch HIGH, else HIGH; NEAR is the middle of the window;
//   W even: LOW is the (W/2)th of the window;
// then shifted to lie within states 1 .. N near the segment's ends. Errors name the file and
// segment:
//   SPICE(TIMEOUTOFBOUNDS)  et is outside the segment's coverage (SPKR09 checks this);
//   SPICE(INVALIDCOUNT)     N or W do not fit the segment, or W > N;
//   SPICE(SPKRECTOOLARGE)   W larger than CSPICE's record buffer takes (28 states).
Result<UnequalStepWindow> read_unequal_step_window(const daf::SegmentFile& file, const Segment& segment, double et);

}  // namespace sc::spk
