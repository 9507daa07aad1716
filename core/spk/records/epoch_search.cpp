#include "spk/records/epoch_search.hpp"

#include <algorithm>
#include <array>
#include <span>

#include "spk/segment_data.hpp"

namespace sc::spk {
namespace {

Result<double> word_at(const daf::SegmentFile& file, const Segment& segment, long long address) {
  std::array<double, 1> w{};
  SC_TRY(read_segment_words(file, segment, address, w));
  return w[0];
}

// How many of the `count` non-decreasing words from `first` on satisfy `in_front` (a prefix of
// them, for sorted data): a binary search reading one word per step.
template <class InFront>
Result<long long> leading_count(const daf::SegmentFile& file, const Segment& segment, long long first, long long count,
                                InFront in_front) {
  long long lo = 0, hi = count;
  while (lo < hi) {
    const long long mid = lo + (hi - lo) / 2;
    SC_TRY_ASSIGN(auto&& w, word_at(file, segment, first + mid));
    if (in_front(w)) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

// The directory narrows the search to the group after the last directory epoch in front of et
// (for sorted data every earlier epoch is in front too, and the next directory epoch is not).
template <class InFront>
Result<long long> count_in_front(const daf::SegmentFile& file, const Segment& segment, const EpochList& list,
                                 InFront in_front) {
  SC_TRY_ASSIGN(auto&& group, leading_count(file, segment, list.directory, list.directory_count, in_front));
  const long long start = group * kEpochDirectoryStep;  // epochs 1 .. start are in front
  const long long size = std::min(kEpochDirectoryStep, list.count - start);
  if (size <= 0) return start;
  SC_TRY_ASSIGN(auto&& within, leading_count(file, segment, list.first + start, size, in_front));
  return start + within;
}

}  // namespace

Result<long long> count_epochs_before(const daf::SegmentFile& file, const Segment& segment, const EpochList& list,
                                      double et) {
  return count_in_front(file, segment, list, [et](double epoch) { return epoch < et; });
}

Result<long long> count_epochs_up_to(const daf::SegmentFile& file, const Segment& segment, const EpochList& list,
                                     double et) {
  return count_in_front(file, segment, list, [et](double epoch) { return epoch <= et; });
}

Result<double> epoch_at(const daf::SegmentFile& file, const Segment& segment, const EpochList& list, long long index) {
  return word_at(file, segment, list.first + index - 1);
}

}  // namespace sc::spk
