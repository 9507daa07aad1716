#include "spk/segment_data.hpp"

namespace sc::spk {
Error segment_error(const daf::SegmentFile& file, const Segment& segment, std::string short_code,
                    const std::string& what) {
  return make_error(std::move(short_code), "Cannot use " + describe(segment, file.file_name()) + ": " + what);
}

Status read_segment_words(const daf::SegmentFile& file, const Segment& segment, long long first,
                          std::span<double> out) {
  const auto count = static_cast<long long>(out.size());
  if (first < segment.begin || first + count - 1 > segment.end || count > segment.length()) {
    return segment_error(file, segment, "SPICE(INVALIDCOUNT)",
                         "its counts point to words " + std::to_string(first) + " .. " +
                             std::to_string(first + count - 1) + ", outside its addresses " +
                             std::to_string(segment.begin) + " .. " + std::to_string(segment.end) + ".");
  }
  return file.daf().read_words(first, out);
}

Status read_segment_trailer(const daf::SegmentFile& file, const Segment& segment, std::span<double> out) {
  const auto count = static_cast<long long>(out.size());
  if (segment.length() < count) {
    return segment_error(file, segment, "SPICE(INVALIDCOUNT)",
                         "it has " + std::to_string(segment.length()) + " words, fewer than the " +
                             std::to_string(count) + " of its type's trailer.");
  }
  return read_segment_words(file, segment, segment.end - count + 1, out);
}

Result<long long> window_size(const daf::SegmentFile& file, const Segment& segment, double degree_word, long long n,
                              long long max_window) {
  const auto degree = daf::fortran_nint(degree_word, 0, n - 1);  // W = P + 1 states, 1 <= W <= N
  if (!degree) {
    return segment_error(file, segment, "SPICE(INVALIDCOUNT)",
                         "its window parameter " + number_text(degree_word) + " asks for windows of other than 1 .. " +
                             std::to_string(n) + " states (it has " + std::to_string(n) + ").");
  }
  const long long window = *degree + 1;
  if (window > max_window) {
    return segment_error(file, segment, "SPICE(SPKRECTOOLARGE)",
                         "its windows of " + std::to_string(window) + " states exceed the " +
                             std::to_string(max_window) + " an SPK record holds.");
  }
  return window;
}

}  // namespace sc::spk
