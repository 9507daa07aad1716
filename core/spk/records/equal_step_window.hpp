// The interpolation window of SPK types 8 and 12 (equally spaced states; SPKR08, which SPKR12
// calls): a segment holds N states (6 words each), then the epoch of the first state, the step,
// a window parameter P and N. Type 8 stores the Lagrange degree (window of P + 1 states), type 12
// the window size minus one (P + 1 states, Hermite degree 2P + 1): either way W = P + 1.
#pragma once

#include <vector>

#include "daf/segment_file.hpp"
#include "errors/result.hpp"
#include "spk/segment.hpp"

namespace sc::spk {

struct EqualStepWindow {
  double first_epoch = 0;      // epoch of the window's first state: START + (FIRST - 1) STEP
  double step = 0;
  std::vector<double> states;  // W states, x y z vx vy vz each
  std::size_t size() const { return states.size() / 6; }
};

// SPKR08's choice of the W consecutive states for et, with q = (et - START)/STEP:
//   W odd:  the state nearest et (index NINT(q) + 1) in the middle,
//   W even: the last state at or before et (index INT(q) + 1) as the (W/2)th,
// then shifted to lie within states 1 .. N near the segment's ends. Errors name the file and
// segment:
//   SPICE(TIMEOUTOFBOUNDS)  et is outside the segment's coverage (SPKR08 checks this);
//   SPICE(INVALIDCOUNT)     N or W do not fit the segment, or W > N;
//   SPICE(SPKRECTOOLARGE)   W larger than CSPICE's record buffer takes (32 states);
//   SPICE(INVALIDSTEPSIZE)  STEP is zero or not a number.
Result<EqualStepWindow> read_equal_step_window(const daf::SegmentFile& file, const Segment& segment, double et);

}  // namespace sc::spk
