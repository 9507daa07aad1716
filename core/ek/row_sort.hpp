// The sort CSPICE's ZZEKJSRT applies to query results (ORDER BY) and to the two sides of an
// equi-join: a Shell sort with gaps n/2, n/4, ... 1 over an order vector, swapping a pair unless
// the first sorts at or before the second. It is not stable, so rows that tie keep the order this
// exact sequence of swaps leaves them in, as CSPICE's do.
#pragma once

#include <vector>

#include "errors/result.hpp"

namespace sc::ek {

// The order of rows 0 .. n-1 under `le(a, b)` ("row a sorts at or before row b").
template <class LessOrEqual>
Result<std::vector<int>> shell_sort_order(int n, LessOrEqual le) {
  std::vector<int> order(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) order[static_cast<std::size_t>(i)] = i;
  for (int gap = n / 2; gap > 0; gap /= 2) {
    for (int i = gap; i < n; ++i) {
      for (int j = i - gap; j >= 0; j -= gap) {
        auto& a = order[static_cast<std::size_t>(j)];
        auto& b = order[static_cast<std::size_t>(j + gap)];
        SC_TRY_ASSIGN(auto&& in_order, le(a, b));
        if (in_order) break;
        std::swap(a, b);
      }
    }
  }
  return order;
}

}  // namespace sc::ek
