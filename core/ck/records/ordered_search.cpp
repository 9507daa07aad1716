// LSTLTD, LSTLED, LSTCLD and their directory forms (see ordered_search.hpp).
#include "ck/records/ordered_search.hpp"

#include <algorithm>

#include "ck/segment_data.hpp"

namespace sc::ck {

long long lstltd(double x, std::span<const double> a) {
  return std::lower_bound(a.begin(), a.end(), x) - a.begin();
}

long long lstled(double x, std::span<const double> a) {
  return std::upper_bound(a.begin(), a.end(), x) - a.begin();
}

long long lstcld(double x, std::span<const double> a) {
  const auto n = static_cast<long long>(a.size());
  if (n <= 0) return 0;
  long long i = 0;
  if (x <= a[0]) {
    i = 1;
  } else if (a[n - 1] <= x) {
    i = n;
  } else {
    // LSTCLD's bisection ends on the pair a(begin) < x <= a(end) with end = begin + 1; the later
    // one wins unless x is strictly closer to the earlier.
    const long long end = lstltd(x, a) + 1;  // 1-based; 2 .. n
    const long long begin = end - 1;
    i = x - a[begin - 1] < a[end - 1] - x ? begin : end;
  }
  while (i < n && a[i - 1] == a[i]) ++i;  // the last of equal elements
  return i;
}

namespace {

template <class Less>
Result<long long> count_words(const daf::SegmentFile& file, const Segment& segment, long long first, long long count,
                              Less counts) {
  // Invariant: words 1 .. lo are counted, words hi + 1 .. count are not.
  long long lo = 0, hi = count;
  while (lo < hi) {
    const long long mid = lo + (hi - lo + 1) / 2;
    SC_TRY_ASSIGN(const double w, segment_word(file, segment, first + mid - 1));
    if (counts(w)) {
      lo = mid;
    } else {
      hi = mid - 1;
    }
  }
  return lo;
}

}  // namespace

Result<long long> count_lt_words(const daf::SegmentFile& file, const Segment& segment, long long first,
                                 long long count, double x) {
  return count_words(file, segment, first, count, [x](double w) { return w < x; });
}

Result<long long> count_le_words(const daf::SegmentFile& file, const Segment& segment, long long first,
                                 long long count, double x) {
  return count_words(file, segment, first, count, [x](double w) { return w <= x; });
}

}  // namespace sc::ck
