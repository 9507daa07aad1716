// A binary PCK segment descriptor (pck.req, "Segments--The Fundamental PCK Building Blocks"): the
// DAF array summary with ND = 2 (start and end ET) and NI = 5 (class ID, i.e. the body or frame
// class code, inertial base frame, data type, first and last address), plus the segment's name,
// read from the summary of a daf::SegmentFile opened as kernels::kPck.
#pragma once

#include <string>

#include "daf/array_summaries.hpp"

namespace sc::pck {

struct Segment {
  double start_et = 0;  // TDB seconds past J2000, inclusive
  double end_et = 0;    // inclusive
  int class_id = 0;     // the PCK frame class ID (for planetary constants frames, the body code)
  int base_frame = 0;   // inertial frame the angles are relative to, e.g. 1 = J2000
  int type = 0;         // PCK data type (2, 3, 20)
  int begin = 0;        // first DAF address of the segment's data
  int end = 0;          // last DAF address
  std::string name;

  // PCKSFS's test: start <= et <= end, both ends included. A segment whose start exceeds its end
  // covers nothing (PCKSFS ignores such "invisible" segments); NaN covers nothing either.
  bool covers(double et) const { return start_et <= et && et <= end_et; }
  int length() const { return end - begin + 1; }  // words

  // The fields of a binary PCK summary (ND = 2, NI = 5).
  static Segment from_summary(const daf::ArraySummary& a);
};

// "the type 2 PCK segment 'de421.nio' for class 31006 (base frame 1) in 'moon.bpc'", for messages.
std::string describe(const Segment& segment, const std::string& file_name);

}  // namespace sc::pck
