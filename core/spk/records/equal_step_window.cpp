#include "spk/records/equal_step_window.hpp"

#include <algorithm>
#include <array>

#include "spk/segment_data.hpp"

namespace sc::spk {
namespace {

constexpr long long kStateSize = 6;
constexpr long long kTrailerWords = 4;  // START, STEP, P, N
// SPKPVN hands SPKR08 a record of MAXREC = 198 words: 3 + 6 W of them for W states.
constexpr long long kMaxWindow = (198 - 3) / kStateSize;

Error coverage_error(const daf::SegmentFile& file, const Segment& segment, double et) {
  return segment_error(file, segment, "SPICE(TIMEOUTOFBOUNDS)",
                       "the request time " + epoch_text(et) + " is outside its coverage " +
                           number_text(segment.start_et) + " : " + number_text(segment.end_et) + ".");
}

}  // namespace

Result<EqualStepWindow> read_equal_step_window(const daf::SegmentFile& file, const Segment& segment, double et) {
  if (et < segment.start_et || et > segment.end_et) return coverage_error(file, segment, et);
  std::array<double, kTrailerWords> trailer{};
  SC_TRY(read_segment_trailer(file, segment, trailer));
  const double start = trailer[0];
  const double step = trailer[1];
  const auto n = daf::fortran_nint(trailer[3], 1, segment.length());
  if (!n || *n * kStateSize + kTrailerWords > segment.length()) {
    return segment_error(file, segment, "SPICE(INVALIDCOUNT)",
                         "its trailer gives " + number_text(trailer[3]) + " states, which do not fit its " +
                             std::to_string(segment.length()) + " words.");
  }
  SC_TRY_ASSIGN(auto&& window_or, window_size(file, segment, trailer[2], *n, kMaxWindow));
  const long long window = window_or;
  const long long degree = window - 1;
  if (!(step != 0.0 && step == step)) {
    return segment_error(file, segment, "SPICE(INVALIDSTEPSIZE)", "its step size is " + number_text(step) + ".");
  }

  // Indices from q far outside the segment end up clamped to 1 .. N - P below either way.
  const double q = (et - start) / step;
  const long long big = 2 * *n + 2;
  const long long center = window % 2 == 1 ? daf::clamped_nint(q, -big, big) + 1  // NEAR
                                           : daf::clamped_int(q, -big, big) + 1;  // LOW
  const long long first = std::min(std::max(1LL, center - degree / 2), *n - degree);

  EqualStepWindow w;
  w.first_epoch = start + static_cast<double>(first - 1) * step;
  w.step = step;
  w.states.resize(static_cast<std::size_t>(window * kStateSize));
  SC_TRY(read_segment_words(file, segment, segment.begin + (first - 1) * kStateSize, w.states));
  return w;
}

}  // namespace sc::spk
