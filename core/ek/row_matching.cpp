#include "ek/row_matching.hpp"

#include "ek/entry_comparison.hpp"

namespace sc::ek {

Result<bool> columns_match(EntryCache& cache, const std::vector<SearchConstraint>& cs, const std::vector<bool>& active,
                           const std::vector<int>& segments, const std::vector<int>& records) {
  for (std::size_t i = 0; i < cs.size(); ++i) {
    if (!active[i]) continue;
    const auto& c = cs[i];
    const int ls = segments[static_cast<std::size_t>(c.lhs.table)], rs = segments[static_cast<std::size_t>(c.rhs.table)];
    SC_TRY_ASSIGN(auto&& l, cache.entry(ls, c.lhs.column, records[static_cast<std::size_t>(c.lhs.table)]));
    SC_TRY_ASSIGN(auto&& r, cache.entry(rs, c.rhs.column, records[static_cast<std::size_t>(c.rhs.table)]));
    SC_TRY_ASSIGN(auto&& ok, entries_match(c.op, *l, cache.segment(ls).column(c.lhs.column), 1, *r,
                                           cache.segment(rs).column(c.rhs.column), 1));
    if (!ok) return false;
  }
  return true;
}

}  // namespace sc::ek
