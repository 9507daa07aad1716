#include "ck/segment_data.hpp"

namespace sc::ck {

Error segment_error(const daf::SegmentFile& file, const Segment& segment, std::string short_code,
                    const std::string& what) {
  return make_error(std::move(short_code), "Cannot use " + describe(segment, file.file_name()) + ": " + what);
}

Status read_segment_words(const daf::SegmentFile& file, const Segment& segment, long long first,
                          std::span<double> out) {
  const auto count = static_cast<long long>(out.size());
  if (first < segment.begin || first + count - 1 > segment.last || count > segment.length()) {
    return segment_error(file, segment, "SPICE(INVALIDCOUNT)",
                         "its counts point to words " + std::to_string(first) + " .. " +
                             std::to_string(first + count - 1) + ", outside its addresses " +
                             std::to_string(segment.begin) + " .. " + std::to_string(segment.last) + ".");
  }
  return file.daf().read_words(first, out);
}

Result<std::vector<double>> segment_words(const daf::SegmentFile& file, const Segment& segment, long long first,
                                          long long count) {
  if (count < 0 || count > segment.length()) {
    return segment_error(file, segment, "SPICE(INVALIDCOUNT)",
                         "its counts ask for " + std::to_string(count) + " words; it has " +
                             std::to_string(segment.length()) + ".");
  }
  std::vector<double> words(static_cast<std::size_t>(count));
  SC_TRY(read_segment_words(file, segment, first, words));
  return words;
}

Result<double> segment_word(const daf::SegmentFile& file, const Segment& segment, long long address) {
  double word = 0;
  SC_TRY(read_segment_words(file, segment, address, std::span<double>(&word, 1)));
  return word;
}

namespace {

Error bad_count(const daf::SegmentFile& file, const Segment& segment, double word, long long lo, long long hi,
                const std::string& what) {
  return segment_error(file, segment, "SPICE(INVALIDCOUNT)",
                       "its " + what + " is " + number_text(word) + ", outside " + std::to_string(lo) + " .. " +
                           std::to_string(hi) + ".");
}

}  // namespace

Result<long long> stored_nint(const daf::SegmentFile& file, const Segment& segment, double word, long long lo,
                              long long hi, const std::string& what) {
  const auto v = daf::fortran_nint(word, lo, hi);
  if (!v) return bad_count(file, segment, word, lo, hi, what);
  return *v;
}

Result<long long> stored_int(const daf::SegmentFile& file, const Segment& segment, double word, long long lo,
                             long long hi, const std::string& what) {
  const auto v = daf::fortran_int(word, lo, hi);
  if (!v) return bad_count(file, segment, word, lo, hi, what);
  return *v;
}

}  // namespace sc::ck
