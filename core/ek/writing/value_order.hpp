// The order of a column's rows in its index, as CSPICE's ZZEKORDI, ZZEKORDD and ZZEKORDC compute it
// for the fast load: a Shell sort of row numbers; with nulls allowed, null rows first in row order.
// Its result for equal strings depends on the sort itself, so it is CSPICE's sort, step for step.
#pragma once

#include <algorithm>
#include <span>
#include <utility>
#include <vector>

namespace sc::ek::writing {

// ZZEKORDI / ZZEKORDD / ZZEKORDC: 1-based row numbers in index order. `le(a, b)` is the value
// comparison (CSPICE's LE1 || (EQ1 && a < b) for strings, the same with ties by row for numbers);
// with nulls allowed, null rows come first, in row order.
template <class Less>
inline std::vector<int> shell_order(int n, bool nulls_ok, std::span<const bool> nulls, Less le) {
  std::vector<int> order(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) order[static_cast<std::size_t>(i)] = i + 1;
  auto in_order = [&](int a, int b) {
    const bool na = nulls[static_cast<std::size_t>(a - 1)], nb = nulls[static_cast<std::size_t>(b - 1)];
    if (!nulls_ok) return le(a, b);
    if (na || nb) return (na && !nb) || (na && nb && a < b);
    return le(a, b);
  };
  for (int gap = n / 2; gap > 0; gap /= 2) {
    for (int i = gap + 1; i <= n; ++i) {
      for (int j = i - gap; j > 0; j -= gap) {
        auto& a = order[static_cast<std::size_t>(j - 1)];
        auto& b = order[static_cast<std::size_t>(j + gap - 1)];
        if (in_order(a, b)) break;
        std::swap(a, b);
      }
    }
  }
  return order;
}

}  // namespace sc::ek::writing
