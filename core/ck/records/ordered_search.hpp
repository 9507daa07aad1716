// The searches the CK readers make over non-decreasing lists of encoded SCLK times:
//   lstltd, lstled  LSTLTD, LSTLED: how many elements are < x (<= x), i.e. the 1-based index of
//                   the last such element, 0 when there is none;
//   lstcld          LSTCLD: the 1-based index of the element closest to x; at the midpoint of two
//                   neighbours the larger, and then the last of a run of equal elements;
//   count_*_words   the same counts over N words of a segment (its directories), by binary search,
//                   reading only the words compared. For a non-decreasing list this is exactly the
//                   group number the readers' blockwise directory scans arrive at.
#pragma once

#include <span>

#include "ck/segment.hpp"
#include "daf/segment_file.hpp"
#include "errors/result.hpp"

namespace sc::ck {

long long lstltd(double x, std::span<const double> a);
long long lstled(double x, std::span<const double> a);
long long lstcld(double x, std::span<const double> a);  // 0 for an empty list

// Over the `count` words at first .. first + count - 1 (checked against the segment's bounds).
Result<long long> count_lt_words(const daf::SegmentFile& file, const Segment& segment, long long first,
                                 long long count, double x);
Result<long long> count_le_words(const daf::SegmentFile& file, const Segment& segment, long long first,
                                 long long count, double x);

}  // namespace sc::ck
