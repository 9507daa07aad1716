#include "spk/types/type01_modified_difference_arrays.hpp"

#include <array>

#include "spk/records/difference_lines.hpp"
#include "spk/segment_data.hpp"

namespace sc::spk {
namespace {

constexpr long long kMaxDim = 15;  // type 1 lines are 71 words
// SPKE01's FC array has MAXDIM - 1 = 14 entries and FC(KQMAX1 - 1) is used: KQMAX1 <= 15.
constexpr long long kMaxKqmax1 = 15;

}  // namespace

Result<State> evaluate_type01(const daf::SegmentFile& file, const Segment& segment, double et) {
  std::array<double, 1> trailer{};
  SC_TRY(read_segment_trailer(file, segment, trailer));
  const auto n = daf::fortran_int(trailer[0], 1, segment.length());  // SPKR01: NREC = INT(...)
  if (!n) {
    return segment_error(file, segment, "SPICE(INVALIDCOUNT)",
                         "its record count is " + number_text(trailer[0]) + ".");
  }
  const DifferenceLineFormat format{kMaxDim, 1, *n, kMaxKqmax1, false};
  return evaluate_difference_lines(file, segment, format, et);
}

}  // namespace sc::spk
