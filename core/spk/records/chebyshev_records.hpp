// The Chebyshev records of SPK types 2 and 3: the shared DAF record reader
// (daf/chebyshev_records.hpp) applied to a segment, with the segment named in messages.
#pragma once

#include <string>

#include "daf/chebyshev_records.hpp"
#include "daf/segment_file.hpp"
#include "spk/segment.hpp"

namespace sc::spk {

// `components` = 3 for type 2 (position), 6 for type 3 (position and velocity).
inline Result<daf::ChebyshevRecord> read_chebyshev_record(const daf::SegmentFile& file, const Segment& segment,
                                                          double et, std::size_t components) {
  return daf::read_chebyshev_record(
      file.daf(), {segment.begin, segment.end, [&] { return describe(segment, file.file_name()); }}, et, components);
}

// The same into the caller's record (no copies through a Result).
inline Status read_chebyshev_record(const daf::SegmentFile& file, const Segment& segment, double et,
                                    std::size_t components, daf::ChebyshevRecord& out) {
  return daf::read_chebyshev_record(
      file.daf(), {segment.begin, segment.end, [&] { return describe(segment, file.file_name()); }}, et, components,
      out);
}

}  // namespace sc::spk
