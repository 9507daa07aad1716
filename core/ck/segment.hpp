// A CK segment descriptor (ck.req, "Segments--The Fundamental CK Building Blocks"): the DAF array
// summary with ND = 2 (first and last encoded SCLK) and NI = 6 (instrument, reference frame, data
// type, angular-velocity flag, first and last address), plus the segment's name, read from a
// daf::SegmentFile opened as kernels::kCk.
#pragma once

#include <string>

#include "daf/array_summaries.hpp"

namespace sc::ck {

struct Segment {
  double start = 0;  // encoded SCLK (ticks), inclusive
  double end = 0;    // inclusive
  int instrument = 0;
  int frame = 0;  // the base ("reference") frame of the C-matrices, e.g. 1 = J2000
  int type = 0;   // CK data type 1 .. 6
  bool has_av = false;  // ICD(4) = 1: the segment holds angular velocity
  int begin = 0;  // first DAF address of the segment's data
  int last = 0;   // last DAF address
  std::string name;

  int length() const { return last - begin + 1; }  // words

  // The fields of a CK summary (ND = 2, NI = 6).
  static Segment from_summary(const daf::ArraySummary& a);
};

// "the type 3 CK segment 'x' for instrument -143000 (frame 1) in 'a.bc'", for messages.
std::string describe(const Segment& segment, const std::string& file_name);

}  // namespace sc::ck
