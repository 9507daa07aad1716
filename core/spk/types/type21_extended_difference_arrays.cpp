#include "spk/types/type21_extended_difference_arrays.hpp"

#include <algorithm>
#include <array>

#include "spk/records/difference_lines.hpp"
#include "spk/segment_data.hpp"

namespace sc::spk {
namespace {

constexpr long long kMaxTerms = 25;  // MAXTRM (spk21.inc)

}  // namespace

Result<State> evaluate_type21(const daf::SegmentFile& file, const Segment& segment, double et) {
  std::array<double, 2> trailer{};  // MAXDIM, N
  SC_TRY(read_segment_trailer(file, segment, trailer));
  // SPKR21 rounds both with NINT and refuses MAXDIM > MAXTRM.
  const double maxdim_word = trailer[0];
  if (maxdim_word >= kMaxTerms + 0.5) {
    return segment_error(file, segment, "SPICE(DIFFLINETOOLARGE)",
                         "its difference table dimension is " + number_text(maxdim_word) +
                             ", while the maximum supported is " + std::to_string(kMaxTerms) + ".");
  }
  const auto maxdim = daf::fortran_nint(maxdim_word, 1, kMaxTerms);
  if (!maxdim) {
    return segment_error(file, segment, "SPICE(DIFFLINETOOSMALL)",
                         "its difference table dimension is " + number_text(maxdim_word) + "; it must be at least 1.");
  }
  const auto n = daf::fortran_nint(trailer[1], 1, segment.length());
  if (!n) {
    return segment_error(file, segment, "SPICE(INVALIDCOUNT)",
                         "its difference line count is " + number_text(trailer[1]) + ".");
  }
  // SPKE21's FC has MAXTRM entries (KQMAX1 <= MAXTRM + 1), and only G(1 .. MAXDIM) are in the
  // line (KQMAX1 - 2 <= MAXDIM).
  const long long max_kqmax1 = std::min(*maxdim + 2, kMaxTerms + 1);
  const DifferenceLineFormat format{*maxdim, 2, *n, max_kqmax1, true};
  return evaluate_difference_lines(file, segment, format, et);
}

}  // namespace sc::spk
