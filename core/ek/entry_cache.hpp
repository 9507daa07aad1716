// What one EK search reads, read once: entries by (segment, column, record) and column indexes (the
// record pointers of an indexed column in index order, ZZEKIXLK for every position), over the
// query manager's tables.
#pragma once

#include <map>
#include <tuple>
#include <vector>

#include "ek/entry_values.hpp"
#include "ek/loaded_tables.hpp"
#include "errors/result.hpp"

namespace sc::ek {

class EntryCache {
 public:
  explicit EntryCache(const LoadedTables& tables) : tables_(tables) {}

  const SegmentRef& segment(int s) const { return tables_.segments[static_cast<std::size_t>(s)]; }
  // The entry of table column `column` in `record` of segment `seg`.
  Result<const Entry*> entry(int seg, int column, int record);
  // ZZEKECMP on element 1 of two entries: -1, 0 or 1.
  Result<int> compare(int seg_a, int col_a, int rec_a, int seg_b, int col_b, int rec_b);
  // The record pointers of an indexed column in index order. SPICE(INVALIDFORMAT) for an index
  // type other than 1 (a tree) or 2 (an array), or one that does not list every row.
  Result<const std::vector<int>*> index_of(int seg, int column);

 private:
  const LoadedTables& tables_;
  std::map<std::tuple<int, int, int>, Entry> entries_;
  std::map<std::pair<int, int>, std::vector<int>> indexes_;
};

}  // namespace sc::ek
