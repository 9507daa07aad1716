// Reading a segment's own words, for the type readers. Every address is checked against the
// segment's bounds before the DAF is touched, so counts read from a corrupt segment can never
// make a reader wander into neighbouring data (the DAF reader already keeps reads inside the
// file). Also the conversions of counts stored as doubles, and the error text naming the segment.
#pragma once

#include <optional>
#include <span>
#include <string>

#include "errors/number_text.hpp"  // number_text, epoch_text: the spk readers' messages use them
#include "errors/result.hpp"
#include "spk/segment.hpp"
#include "spk/spk_file.hpp"

namespace sc::spk {

// short_code with "Cannot use <the segment, the file>: <what>".
Error segment_error(const SpkFile& file, const Segment& segment, std::string short_code, const std::string& what);

// The words at DAF addresses first .. first + out.size() - 1. SPICE(INVALIDCOUNT) (naming the
// segment) when any of them lies outside [segment.begin, segment.end].
Status read_segment_words(const SpkFile& file, const Segment& segment, long long first, std::span<double> out);

// The segment's last out.size() words (the trailer holding its counts and parameters).
// SPICE(INVALIDCOUNT) when the segment is shorter than that.
Status read_segment_trailer(const SpkFile& file, const Segment& segment, std::span<double> out);

// The window W = P + 1 states of a Lagrange or Hermite segment (types 8, 9, 12, 13), P being the
// degree word rounded as NINT: SPICE(INVALIDCOUNT) unless 1 <= W <= n, SPICE(SPKRECTOOLARGE) when W
// exceeds the `max_window` states the reader's record buffer holds.
Result<long long> window_size(const SpkFile& file, const Segment& segment, double degree_word, long long n,
                              long long max_window);

// Fortran's INT (truncation toward zero) and NINT (half away from zero, as f2c's i_dnnt) of a
// count stored as a double, or nothing when the result would be outside [lo, hi] or the value
// is NaN. Checking the range before converting keeps huge or NaN values from undefined casts.
std::optional<long long> fortran_int(double value, long long lo, long long hi);
std::optional<long long> fortran_nint(double value, long long lo, long long hi);

// The same conversions for an index computed from an epoch, clamped to [lo, hi] instead of being
// refused: the window selections clamp their results to the segment anyway. NaN gives lo.
long long clamped_int(double value, long long lo, long long hi);
long long clamped_nint(double value, long long lo, long long hi);


}  // namespace sc::spk
