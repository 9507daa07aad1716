#include "ek/query_search.hpp"

#include "ek/entry_cache.hpp"
#include "ek/entry_comparison.hpp"
#include "ek/join_merge.hpp"
#include "ek/key_search.hpp"
#include "ek/row_matching.hpp"
#include "ek/row_sort.hpp"

namespace sc::ek {
namespace {

class Search {
 public:
  Search(const LoadedTables& tables, const SearchRequest& request) : tables_(tables), request_(request), cache_(tables) {}

  Result<SearchOutcome> run();

 private:
  std::optional<Error> truncated_sort_key(const std::vector<int>& segments, const std::vector<int>& records) const;
  const LoadedTable& table(int from) const {
    return tables_.tables[static_cast<std::size_t>(request_.from[static_cast<std::size_t>(from)])];
  }
  // One FROM table's segments searched for one conjunction: a squeezed join row set of one table.
  Result<JoinRowSet> search_table(int from, const std::vector<SearchConstraint>& cs);
  // ZZEKJOIN: every segment vector of `a` with every one of `b`, in that order, squeezed.
  Result<JoinRowSet> join(const JoinRowSet& a, const JoinRowSet& b, const std::vector<SearchConstraint>& cs,
                          const std::vector<bool>& active);

  const LoadedTables& tables_;
  const SearchRequest& request_;
  EntryCache cache_;
};

Result<JoinRowSet> Search::search_table(int from, const std::vector<SearchConstraint>& cs) {
  JoinRowSet set;
  set.tables = 1;
  int nseg = 0;
  for (int seg : table(from).segments) {
    const SegmentRef& ref = cache_.segment(seg);
    std::vector<bool> by_value(cs.size()), by_column(cs.size());
    for (std::size_t i = 0; i < cs.size(); ++i) {
      by_value[i] = !cs[i].against_column && cs[i].lhs.table == from;
      by_column[i] = cs[i].against_column && cs[i].lhs.table == from && cs[i].rhs.table == from;
    }
    SC_TRY_ASSIGN(auto&& key, choose_key(cache_, seg, cs, by_value));
    const std::vector<int>* index = nullptr;
    int begin = 1, end = ref.segment->rows;
    if (key.found) {
      SC_TRY_ASSIGN(auto&& ix, cache_.index_of(seg, key.column));
      index = ix;
      begin = key.begin;
      end = key.end;
    }
    bool any_active = false;
    for (std::size_t i = 0; i < cs.size(); ++i) any_active = any_active || by_value[i] || by_column[i];
    std::vector<RowVector> rows;
    const int sv_offset = kFirstSegmentVector + nseg;
    const std::vector<int> segvec{seg};
    for (int r = begin; r <= end; ++r) {
      const int record = index ? (*index)[static_cast<std::size_t>(r - 1)] : ref.segment->records[static_cast<std::size_t>(r - 1)];
      bool match = true;
      if (any_active) {
        // ZZEKRMCH: the value constraints in order, stopping at the first that fails.
        for (std::size_t i = 0; i < cs.size() && match; ++i) {
          if (!by_value[i]) continue;
          SC_TRY_ASSIGN(auto&& e, cache_.entry(seg, cs[i].lhs.column, record));
          SC_TRY_ASSIGN(auto&& ok, compare_with_literal(cs[i].op, *e, ref.column(cs[i].lhs.column), 1, cs[i].value));
          match = ok;
        }
        if (match) {
          // Constraints name tables by FROM position: this table's segment and record go there.
          std::vector<int> segments(static_cast<std::size_t>(from) + 1, -1), records(segments.size(), 0);
          segments.back() = seg;
          records.back() = record;
          SC_TRY_ASSIGN(auto&& ok, columns_match(cache_, cs, by_column, segments, records));
          match = ok;
        }
      }
      if (match) rows.push_back(RowVector{{record}, sv_offset});
    }
    set.segment_vectors.push_back(segvec);
    set.row_sets.push_back(std::move(rows));
    ++nseg;
  }
  squeeze(set);
  return set;
}

Result<JoinRowSet> Search::join(const JoinRowSet& a, const JoinRowSet& b, const std::vector<SearchConstraint>& cs,
                                const std::vector<bool>& active) {
  JoinRowSet out;
  out.tables = a.tables + b.tables;
  for (std::size_t s1 = 0; s1 < a.segment_vectors.size(); ++s1) {
    for (std::size_t s2 = 0; s2 < b.segment_vectors.size(); ++s2) {
      std::vector<int> segvec = a.segment_vectors[s1];
      segvec.insert(segvec.end(), b.segment_vectors[s2].begin(), b.segment_vectors[s2].end());
      const int sv_offset = kFirstSegmentVector + static_cast<int>(out.segment_vectors.size()) * out.tables;
      SC_TRY_ASSIGN(auto&& rows, join_rows(cache_, segvec, a.tables, a.row_sets[s1], b.row_sets[s2], cs, active, sv_offset));
      out.segment_vectors.push_back(std::move(segvec));
      out.row_sets.push_back(std::move(rows));
    }
  }
  squeeze(out);
  return out;
}

Result<SearchOutcome> Search::run() {
  const int ntab = static_cast<int>(request_.from.size());
  std::vector<JoinRowSet> unions;
  const std::vector<std::vector<SearchConstraint>> none(1);
  const auto& conjunctions = request_.conjunctions.empty() ? none : request_.conjunctions;
  for (const auto& cs : conjunctions) {
    std::vector<JoinRowSet> per_table;
    for (int t = 0; t < ntab; ++t) {
      SC_TRY_ASSIGN(auto&& set, search_table(t, cs));
      per_table.push_back(std::move(set));
    }
    JoinRowSet result = std::move(per_table.front());
    for (int t = 1; t < ntab; ++t) {
      std::vector<bool> active(cs.size());
      for (std::size_t i = 0; i < cs.size(); ++i) {
        const int l = cs[i].lhs.table, r = cs[i].rhs.table;
        active[i] = cs[i].against_column && l <= t && r <= t && l != r && (l == t || r == t);
      }
      SC_TRY_ASSIGN(auto&& joined, join(result, per_table[static_cast<std::size_t>(t)], cs, active));
      result = std::move(joined);
    }
    unions.push_back(std::move(result));
    weed(unions);
  }

  struct Flat {
    const JoinRowSet* set;
    const RowVector* row;
  };
  std::vector<Flat> flat;
  for (const auto& set : unions) {
    for (const auto& rows : set.row_sets) {
      for (const auto& row : rows) flat.push_back({&set, &row});
    }
  }
  std::vector<int> order(flat.size());
  for (std::size_t i = 0; i < flat.size(); ++i) order[i] = static_cast<int>(i);
  std::optional<Error> deferred;
  if (!request_.order.empty() && !flat.empty()) deferred = truncated_sort_key(flat.front().set->segments_of(*flat.front().row),
                                                                               flat.front().row->records);
  if (!request_.order.empty() && !flat.empty() && !deferred) {
    SC_TRY_ASSIGN(auto&& sorted, shell_sort_order(static_cast<int>(flat.size()), [&](int x, int y) -> Result<bool> {
                    const Flat& fx = flat[static_cast<std::size_t>(x)];
                    const Flat& fy = flat[static_cast<std::size_t>(y)];
                    for (const auto& key : request_.order) {
                      const auto t = static_cast<std::size_t>(key.column.table);
                      SC_TRY_ASSIGN(auto&& rel, cache_.compare(fx.set->segments_of(*fx.row)[t], key.column.column,
                                                        fx.row->records[t], fy.set->segments_of(*fy.row)[t],
                                                        key.column.column, fy.row->records[t]));
                      if (rel != 0) return key.descending ? rel > 0 : rel < 0;
                    }
                    return true;
                  }));
    order = std::move(sorted);
  }
  SearchOutcome out;
  out.deferred = std::move(deferred);
  out.rows.reserve(order.size());
  for (int i : order) {
    const Flat& f = flat[static_cast<std::size_t>(i)];
    out.rows.push_back(ResultRow{f.set->segments_of(*f.row), f.row->records});
  }
  return out;
}

// ZZEKJSRT reads every ORDER BY value of the rows into 32-character strings before sorting; ZZEKRD09
// refuses a class 9 column longer than that. The first such read is the first row's first such key.
std::optional<Error> Search::truncated_sort_key(const std::vector<int>& segments, const std::vector<int>& records) const {
  constexpr int kSortBuffer = 32;  // ZZEKJSRT's INISUB
  for (const auto& key : request_.order) {
    const auto t = static_cast<std::size_t>(key.column.table);
    const SegmentRef& seg = tables_.segments[static_cast<std::size_t>(segments[t])];
    const ColumnDescriptor& c = seg.column(key.column.column);
    if (c.column_class != 9 || c.string_length <= kSortBuffer) continue;
    const auto number = seg.segment - seg.file->segments().data() + 1;
    return make_error("SPICE(STRINGTRUNCATED)", "String value has length " + std::to_string(c.string_length) +
                                                    "; output string can hold only " + std::to_string(kSortBuffer) +
                                                    " characters.  COLUMN = " + c.name + "; SEGNO = " +
                                                    std::to_string(number) + "; RECNO = " + std::to_string(records[t]) +
                                                    "; EK = " + seg.file->file_name());
  }
  return std::nullopt;
}

}  // namespace

Result<SearchOutcome> search(const LoadedTables& tables, const SearchRequest& request) {
  return Search(tables, request).run();
}

}  // namespace sc::ek
