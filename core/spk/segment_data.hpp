// Reading a segment's own words, for the type readers. Every address is checked against the
// segment's bounds before the DAF is touched, so counts read from a corrupt segment can never
// make a reader wander into neighbouring data (the DAF reader already keeps reads inside the
// file). Also the error text naming the segment.
#pragma once

#include <span>
#include <string>

#include "daf/segment_file.hpp"
#include "daf/stored_counts.hpp"  // daf::fortran_int etc.: every type reader converts counts
#include "errors/number_text.hpp"  // number_text, epoch_text: the spk readers' messages use them
#include "errors/result.hpp"
#include "spk/segment.hpp"

namespace sc::spk {

// short_code with "Cannot use <the segment, the file>: <what>".
Error segment_error(const daf::SegmentFile& file, const Segment& segment, std::string short_code,
                    const std::string& what);

// The words at DAF addresses first .. first + out.size() - 1. SPICE(INVALIDCOUNT) (naming the
// segment) when any of them lies outside [segment.begin, segment.end].
Status read_segment_words(const daf::SegmentFile& file, const Segment& segment, long long first, std::span<double> out);

// The segment's last out.size() words (the trailer holding its counts and parameters).
// SPICE(INVALIDCOUNT) when the segment is shorter than that.
Status read_segment_trailer(const daf::SegmentFile& file, const Segment& segment, std::span<double> out);

// The window W = P + 1 states of a Lagrange or Hermite segment (types 8, 9, 12, 13), P being the
// degree word rounded as NINT: SPICE(INVALIDCOUNT) unless 1 <= W <= n, SPICE(SPKRECTOOLARGE) when W
// exceeds the `max_window` states the reader's record buffer holds.
Result<long long> window_size(const daf::SegmentFile& file, const Segment& segment, double degree_word, long long n,
                              long long max_window);

}  // namespace sc::spk
