#include "ek/entry_cache.hpp"

#include <array>

#include "ek/ek_layout.hpp"
#include "ek/ek_tree.hpp"
#include "ek/entry_comparison.hpp"
#include "errors/quoted.hpp"

namespace sc::ek {

Result<const Entry*> EntryCache::entry(int seg, int column, int record) {
  const auto key = std::make_tuple(seg, column, record);
  if (auto it = entries_.find(key); it != entries_.end()) return &it->second;
  const SegmentRef& ref = segment(seg);
  SC_TRY_ASSIGN(auto&& e, read_entry(*ref.file, *ref.segment, ref.column(column), record));
  return &entries_.emplace(key, std::move(e)).first->second;
}

Result<int> EntryCache::compare(int seg_a, int col_a, int rec_a, int seg_b, int col_b, int rec_b) {
  SC_TRY_ASSIGN(auto&& a, entry(seg_a, col_a, rec_a));
  SC_TRY_ASSIGN(auto&& b, entry(seg_b, col_b, rec_b));
  return compare_entries(*a, segment(seg_a).column(col_a), 1, *b, segment(seg_b).column(col_b), 1);
}

Result<const std::vector<int>*> EntryCache::index_of(int seg, int column) {
  const auto key = std::make_pair(seg, column);
  if (auto it = indexes_.find(key); it != indexes_.end()) return &it->second;
  const SegmentRef& ref = segment(seg);
  const ColumnDescriptor& c = ref.column(column);
  std::vector<int> records;
  if (c.index_type == 1) {
    SC_TRY_ASSIGN(auto&& values, tree_values(ref.file->das(), c.index_pointer));
    records = std::move(values);
  } else if (c.index_type == 2) {
    // An array index: record numbers packed page by page from the index base.
    for (int k = 1; k <= ref.segment->rows; ++k) {
      const int q = (k - 1) / layout::kIntDataSize;
      std::array<std::int32_t, 1> v{};
      SC_TRY(ref.file->das().read_ints(c.index_pointer + q * layout::kIntPageSize + (k - q * layout::kIntDataSize), v));
      records.push_back(v[0]);
    }
  } else {
    return make_error("SPICE(INVALIDFORMAT)", "Column " + quoted(c.name) + " of the EK " +
                                                  quoted(ref.file->file_name()) + " has index type " +
                                                  std::to_string(c.index_type) + ".");
  }
  if (static_cast<int>(records.size()) != ref.segment->rows) {
    return make_error("SPICE(INVALIDFORMAT)", "The index of column " + quoted(c.name) + " of the EK " +
                                                  quoted(ref.file->file_name()) + " does not list every row.");
  }
  return &indexes_.emplace(key, std::move(records)).first->second;
}

}  // namespace sc::ek
