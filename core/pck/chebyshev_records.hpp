// The Chebyshev records of binary PCK type 2 (three Euler angles): the shared DAF record reader
// (daf/chebyshev_records.hpp) applied to a segment, with the segment named in messages.
#pragma once

#include <string>

#include "daf/chebyshev_records.hpp"
#include "daf/segment_file.hpp"
#include "pck/segment.hpp"

namespace sc::pck {

inline Status read_chebyshev_record(const daf::SegmentFile& file, const Segment& segment, double et,
                                    daf::ChebyshevRecord& out) {
  return daf::read_chebyshev_record(
      file.daf(), {segment.begin, segment.end, [&] { return describe(segment, file.file_name()); }}, et, 3, out);
}

}  // namespace sc::pck
