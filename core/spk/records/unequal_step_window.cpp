#include "spk/records/unequal_step_window.hpp"

#include <algorithm>
#include <array>
#include <cmath>  // std::fabs: exact

#include "spk/records/epoch_search.hpp"
#include "spk/segment_data.hpp"

namespace sc::spk {
namespace {

constexpr long long kStateSize = 6;
constexpr long long kTrailerWords = 2;  // P, N
// SPKPVN hands SPKR09 a record of MAXREC = 198 words: 1 + 7 W of them for W states.
constexpr long long kMaxWindow = (198 - 1) / (kStateSize + 1);

// The window's middle state (odd W) or its (W/2)th state (even W), 1-based.
Result<long long> window_anchor(const daf::SegmentFile& file, const Segment& segment, const EpochList& epochs,
                                long long window, double et) {
  SC_TRY_ASSIGN(auto&& before, count_epochs_before(file, segment, epochs, et));
  const long long low = std::max(before, 1LL);
  if (window % 2 == 0 || before == 0) return low;
  // For et beyond the last epoch (a segment whose coverage outruns its states) CSPICE compares
  // with a stale buffer entry; the last state is the nearest one.
  if (low >= epochs.count) return low;
  SC_TRY_ASSIGN(auto&& t_low, epoch_at(file, segment, epochs, low));
  SC_TRY_ASSIGN(auto&& t_high, epoch_at(file, segment, epochs, low + 1));
  return std::fabs(et - t_low) < std::fabs(et - t_high) ? low : low + 1;
}

}  // namespace

Result<UnequalStepWindow> read_unequal_step_window(const daf::SegmentFile& file, const Segment& segment, double et) {
  if (et < segment.start_et || et > segment.end_et) {
    return segment_error(file, segment, "SPICE(TIMEOUTOFBOUNDS)",
                         "the request time " + epoch_text(et) + " is outside its coverage " +
                             number_text(segment.start_et) + " : " + number_text(segment.end_et) + ".");
  }
  std::array<double, kTrailerWords> trailer{};
  SC_TRY(read_segment_trailer(file, segment, trailer));
  const auto n = daf::fortran_nint(trailer[1], 1, segment.length());
  const long long directory_count = n ? (*n - 1) / kEpochDirectoryStep : 0;
  if (!n || *n * (kStateSize + 1) + directory_count + kTrailerWords > segment.length()) {
    return segment_error(file, segment, "SPICE(INVALIDCOUNT)",
                         "its trailer gives " + number_text(trailer[1]) +
                             " states, which with their epochs and directory do not fit its " +
                             std::to_string(segment.length()) + " words.");
  }
  SC_TRY_ASSIGN(auto&& window_or, window_size(file, segment, trailer[0], *n, kMaxWindow));
  const long long window = window_or;
  const long long degree = window - 1;

  EpochList epochs;
  epochs.count = *n;
  epochs.directory_count = directory_count;
  epochs.directory = segment.end - kTrailerWords - directory_count + 1;
  epochs.first = epochs.directory - *n;
  SC_TRY_ASSIGN(auto&& anchor, window_anchor(file, segment, epochs, window, et));
  const long long first = std::min(std::max(anchor - degree / 2, 1LL), *n - degree);

  UnequalStepWindow w;
  w.states.resize(static_cast<std::size_t>(window * kStateSize));
  w.epochs.resize(static_cast<std::size_t>(window));
  SC_TRY(read_segment_words(file, segment, segment.begin + (first - 1) * kStateSize, w.states));
  // SPKR09 searches the epochs counted back from the segment's end but reads the window's epochs
  // right after the states; in a segment of exactly its structure's length these are the same.
  SC_TRY(read_segment_words(file, segment, segment.begin + *n * kStateSize + first - 1, w.epochs));
  return w;
}

}  // namespace sc::spk
