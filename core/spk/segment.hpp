// An SPK segment descriptor (spk.req, "Segments--The Fundamental SPK Building Blocks"): the DAF
// array summary with ND = 2 (start and end ET) and NI = 6 (target, center, frame, type, first and
// last address), plus the segment's name, read from the summary of a daf::SegmentFile opened as
// kernels::kSpk.
#pragma once

#include <string>

#include "daf/array_summaries.hpp"

namespace sc::spk {

struct Segment {
  double start_et = 0;  // TDB seconds past J2000, inclusive
  double end_et = 0;    // inclusive
  int target = 0;
  int center = 0;
  int frame = 0;  // frame ID of the states, e.g. 1 = J2000
  int type = 0;   // SPK data type
  int begin = 0;  // first DAF address of the segment's data
  int end = 0;    // last DAF address
  std::string name;

  // CSPICE's SPKSFS test: a segment applies when start <= et <= end, both ends included. A
  // segment whose start exceeds its end covers nothing. (NaN covers nothing either.)
  bool covers(double et) const { return start_et <= et && et <= end_et; }
  int length() const { return end - begin + 1; }  // words

  // The fields of an SPK summary (ND = 2, NI = 6).
  static Segment from_summary(const daf::ArraySummary& a);
};

// "the type 2 segment 'DE-0430LE-0430' for body 399 (center 3) in 'de430.bsp'", for messages.
std::string describe(const Segment& segment, const std::string& file_name);

}  // namespace sc::spk
