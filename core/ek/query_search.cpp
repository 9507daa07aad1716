#include "ek/query_search.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <tuple>

#include "ek/ek_layout.hpp"
#include "ek/ek_tree.hpp"
#include "ek/entry_values.hpp"
#include "ek/row_sort.hpp"
#include "errors/quoted.hpp"

namespace sc::ek {
namespace {

// IDNINT: the nearest integer, halves away from zero.
int nearest_int(double d) {
  const double r = d < 0 ? -std::floor(-d + 0.5) : std::floor(d + 0.5);
  if (!(r > -2147483648.0)) return -2147483647 - 1;
  if (!(r < 2147483647.0)) return 2147483647;
  return static_cast<int>(r);
}

bool range_op(Op op) { return op == Op::lt || op == Op::le || op == Op::eq || op == Op::ge || op == Op::gt; }

bool verdict(Op op, int rel) {
  switch (op) {
    case Op::eq: return rel == 0;
    case Op::lt: return rel < 0;
    case Op::le: return rel <= 0;
    case Op::gt: return rel > 0;
    case Op::ge: return rel >= 0;
    case Op::ne: return rel != 0;
    default: return false;
  }
}

class Search {
 public:
  Search(const LoadedTables& tables, const SearchRequest& request) : tables_(tables), request_(request) {}

  Result<std::vector<ResultRow>> run();

 private:
  const SegmentRef& segment(int s) const { return tables_.segments[static_cast<std::size_t>(s)]; }
  const LoadedTable& table(int from) const {
    return tables_.tables[static_cast<std::size_t>(request_.from[static_cast<std::size_t>(from)])];
  }

  Result<const Entry*> entry(int seg, int column, int record) {
    const auto key = std::make_tuple(seg, column, record);
    if (auto it = entries_.find(key); it != entries_.end()) return &it->second;
    const SegmentRef& ref = segment(seg);
    SC_TRY_ASSIGN(auto&& e, read_entry(*ref.file, *ref.segment, ref.column(column), record));
    return &entries_.emplace(key, std::move(e)).first->second;
  }

  Result<int> compare(int seg_a, int col_a, int rec_a, int seg_b, int col_b, int rec_b) {
    SC_TRY_ASSIGN(auto&& a, entry(seg_a, col_a, rec_a));
    SC_TRY_ASSIGN(auto&& b, entry(seg_b, col_b, rec_b));
    return compare_entries(*a, segment(seg_a).column(col_a), 1, *b, segment(seg_b).column(col_b), 1);
  }

  // The record pointers of a column's index, in index order (ZZEKIXLK for every position).
  Result<const std::vector<int>*> index_of(int seg, int column);
  // ZZEKILLT / ZZEKILLE: the last index position whose value is < (or <=) `value`, 0 for none.
  Result<int> last_before(int seg, int column, const Literal& value, bool or_equal);
  struct Key {
    bool found = false;
    int column = -1;
    int begin = 1;
    int end = 0;
  };
  // ZZEKKEY over the value constraints of one table in one segment; clears `active` for the
  // range constraints the key's index range already satisfies.
  Result<Key> choose_key(int seg, const std::vector<SearchConstraint>& cs, std::vector<bool>& active);
  Result<JoinRowSet> search_table(int from, const std::vector<SearchConstraint>& cs);
  Result<bool> columns_match(const std::vector<SearchConstraint>& cs, const std::vector<bool>& active,
                             const std::vector<int>& segments, const std::vector<int>& records);
  Result<JoinRowSet> join(const JoinRowSet& a, const JoinRowSet& b, const std::vector<SearchConstraint>& cs,
                          const std::vector<bool>& active);
  Result<std::vector<RowVector>> join_rows(const std::vector<int>& segvec, int nt1, const std::vector<RowVector>& a,
                                           const std::vector<RowVector>& b, const std::vector<SearchConstraint>& cs,
                                           const std::vector<bool>& active, int sv_offset);

  const LoadedTables& tables_;
  const SearchRequest& request_;
  std::map<std::tuple<int, int, int>, Entry> entries_;
  std::map<std::pair<int, int>, std::vector<int>> indexes_;
};

Result<const std::vector<int>*> Search::index_of(int seg, int column) {
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

Result<int> Search::last_before(int seg, int column, const Literal& value, bool or_equal) {
  const ColumnDescriptor& c = segment(seg).column(column);
  // ZZEKILLT/ZZEKILLE convert the value to the column's type first: an integer column takes the
  // nearest integer of a double, a double column the double of an integer.
  Literal key;
  switch (c.type) {
    case DataType::character: key = value; break;
    case DataType::dp: key = {DataType::dp, 0, value.type == DataType::dp ? value.d : static_cast<double>(value.i), {}}; break;
    case DataType::time: key = {DataType::dp, 0, value.d, {}}; break;
    case DataType::integer:
      key = {DataType::integer, value.type == DataType::dp ? nearest_int(value.d) : value.i, 0, {}};
      break;
  }
  SC_TRY_ASSIGN(auto&& index, index_of(seg, column));
  const int n = static_cast<int>(index->size());
  if (n == 0) return 0;
  auto holds = [&](Op op, int position) -> Result<bool> {
    SC_TRY_ASSIGN(auto&& e, entry(seg, column, (*index)[static_cast<std::size_t>(position - 1)]));
    return compare_with_literal(op, *e, c, 1, key);
  };
  // The binary search of ZZEKLLTx/ZZEKLLEx.
  SC_TRY_ASSIGN(auto&& none, holds(or_equal ? Op::gt : Op::ge, 1));
  if (none) return 0;
  SC_TRY_ASSIGN(auto&& all, holds(or_equal ? Op::le : Op::lt, n));
  if (all) return n;
  int begin = 1, end = n;
  while (end > begin + 1) {
    const int middle = (begin + end) / 2;
    SC_TRY_ASSIGN(auto&& before, holds(or_equal ? Op::le : Op::lt, middle));
    (before ? begin : end) = middle;
  }
  return begin;
}

Result<Search::Key> Search::choose_key(int seg, const std::vector<SearchConstraint>& cs, std::vector<bool>& active) {
  const int nrows = segment(seg).segment->rows;
  std::vector<int> columns;  // the indexed columns with an active constraint, ascending (CSPICE's set)
  for (std::size_t i = 0; i < cs.size(); ++i) {
    if (active[i] && segment(seg).column(cs[i].lhs.column).indexed) columns.push_back(cs[i].lhs.column);
  }
  std::sort(columns.begin(), columns.end());
  columns.erase(std::unique(columns.begin(), columns.end()), columns.end());
  Key key;
  if (columns.empty()) return key;
  key.begin = 1;
  key.end = nrows;
  int best = columns.front();
  bool eliminated = false;
  int col = columns.front();
  for (std::size_t e = 0; e < columns.size() && !eliminated; ++e) {
    col = columns[e];
    int min_ptr = 1, max_ptr = nrows;
    for (std::size_t i = 0; i < cs.size() && !eliminated; ++i) {
      if (cs[i].lhs.column == col && active[i]) {
        const Literal& v = cs[i].value;
        switch (cs[i].op) {
          case Op::lt: {
            SC_TRY_ASSIGN(auto&& lt, last_before(seg, col, v, false));
            max_ptr = std::min(lt, max_ptr);
            eliminated = max_ptr == 0;
            break;
          }
          case Op::le: {
            SC_TRY_ASSIGN(auto&& le, last_before(seg, col, v, true));
            max_ptr = std::min(le, max_ptr);
            eliminated = max_ptr == 0;
            break;
          }
          case Op::eq: {
            SC_TRY_ASSIGN(auto&& lt, last_before(seg, col, v, false));
            SC_TRY_ASSIGN(auto&& le, last_before(seg, col, v, true));
            if (lt < le) {
              min_ptr = std::max(lt + 1, min_ptr);
              max_ptr = std::min(le, max_ptr);
            } else {
              eliminated = true;
            }
            break;
          }
          case Op::gt: {
            SC_TRY_ASSIGN(auto&& le, last_before(seg, col, v, true));
            min_ptr = std::max(le + 1, min_ptr);
            eliminated = le == nrows;
            break;
          }
          case Op::ge: {
            SC_TRY_ASSIGN(auto&& lt, last_before(seg, col, v, false));
            min_ptr = std::max(lt + 1, min_ptr);
            eliminated = lt == nrows;
            break;
          }
          default: break;
        }
      }
      if (min_ptr > max_ptr) eliminated = true;
    }
    if (!eliminated && max_ptr - min_ptr + 1 < key.end - key.begin + 1) {
      best = col;
      key.begin = min_ptr;
      key.end = max_ptr;
    }
  }
  if (eliminated) {
    key.column = col;
    key.begin = 1;
    key.end = 0;
  } else {
    key.column = best;
  }
  for (std::size_t i = 0; i < cs.size(); ++i) {
    if (active[i] && cs[i].lhs.column == key.column && range_op(cs[i].op)) active[i] = false;
  }
  key.found = true;
  return key;
}

Result<bool> Search::columns_match(const std::vector<SearchConstraint>& cs, const std::vector<bool>& active,
                                   const std::vector<int>& segments, const std::vector<int>& records) {
  for (std::size_t i = 0; i < cs.size(); ++i) {
    if (!active[i]) continue;
    const auto& c = cs[i];
    const int ls = segments[static_cast<std::size_t>(c.lhs.table)], rs = segments[static_cast<std::size_t>(c.rhs.table)];
    SC_TRY_ASSIGN(auto&& l, entry(ls, c.lhs.column, records[static_cast<std::size_t>(c.lhs.table)]));
    SC_TRY_ASSIGN(auto&& r, entry(rs, c.rhs.column, records[static_cast<std::size_t>(c.rhs.table)]));
    SC_TRY_ASSIGN(auto&& ok, entries_match(c.op, *l, segment(ls).column(c.lhs.column), 1, *r,
                                           segment(rs).column(c.rhs.column), 1));
    if (!ok) return false;
  }
  return true;
}

Result<JoinRowSet> Search::search_table(int from, const std::vector<SearchConstraint>& cs) {
  JoinRowSet set;
  set.tables = 1;
  int nseg = 0;
  for (int seg : table(from).segments) {
    const SegmentRef& ref = segment(seg);
    std::vector<bool> by_value(cs.size()), by_column(cs.size());
    for (std::size_t i = 0; i < cs.size(); ++i) {
      by_value[i] = !cs[i].against_column && cs[i].lhs.table == from;
      by_column[i] = cs[i].against_column && cs[i].lhs.table == from && cs[i].rhs.table == from;
    }
    SC_TRY_ASSIGN(auto&& key, choose_key(seg, cs, by_value));
    const std::vector<int>* index = nullptr;
    int begin = 1, end = ref.segment->rows;
    if (key.found) {
      SC_TRY_ASSIGN(auto&& ix, index_of(seg, key.column));
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
          SC_TRY_ASSIGN(auto&& e, entry(seg, cs[i].lhs.column, record));
          SC_TRY_ASSIGN(auto&& ok, compare_with_literal(cs[i].op, *e, ref.column(cs[i].lhs.column), 1, cs[i].value));
          match = ok;
        }
        if (match) {
          // Constraints name tables by FROM position: this table's segment and record go there.
          std::vector<int> segments(static_cast<std::size_t>(from) + 1, -1), records(segments.size(), 0);
          segments.back() = seg;
          records.back() = record;
          SC_TRY_ASSIGN(auto&& ok, columns_match(cs, by_column, segments, records));
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

Result<std::vector<RowVector>> Search::join_rows(const std::vector<int>& segvec, int nt1, const std::vector<RowVector>& a,
                                                 const std::vector<RowVector>& b,
                                                 const std::vector<SearchConstraint>& cs,
                                                 const std::vector<bool>& active, int sv_offset) {
  std::vector<RowVector> out;
  if (a.empty() || b.empty()) return out;
  auto concat = [&](const RowVector& x, const RowVector& y) {
    RowVector r{x.records, sv_offset};
    r.records.insert(r.records.end(), y.records.begin(), y.records.end());
    return r;
  };
  // ZZEKJPRP: an equality between the two sides if there is one, else an inequality, else nested loops.
  int chosen = -1;
  bool equi = false;
  for (std::size_t i = 0; i < cs.size() && chosen < 0; ++i) {
    if (active[i] && cs[i].op == Op::eq) chosen = static_cast<int>(i), equi = true;
  }
  for (std::size_t i = 0; i < cs.size() && chosen < 0; ++i) {
    if (active[i] && (cs[i].op == Op::lt || cs[i].op == Op::le || cs[i].op == Op::ge || cs[i].op == Op::gt)) {
      chosen = static_cast<int>(i);
    }
  }
  if (chosen < 0) {
    for (const auto& x : a) {
      for (const auto& y : b) {
        RowVector r = concat(x, y);
        SC_TRY_ASSIGN(auto&& ok, columns_match(cs, active, segvec, r.records));
        if (ok) out.push_back(std::move(r));
      }
    }
    return out;
  }
  const SearchConstraint& c = cs[static_cast<std::size_t>(chosen)];
  std::vector<bool> rest = active;
  rest[static_cast<std::size_t>(chosen)] = false;
  // Each side of the chosen constraint, sorted ascending by its column (ZZEKJSRT on a mini row set).
  struct Side {
    const std::vector<RowVector>* rows;
    int tab;  // the table's position within its row vectors
    int seg;
    int col;
    std::vector<int> order;
  };
  auto side_of = [&](const SearchColumn& col) -> Result<Side> {
    Side s{col.table < nt1 ? &a : &b, col.table < nt1 ? col.table : col.table - nt1,
           segvec[static_cast<std::size_t>(col.table)], col.column, {}};
    auto rec = [&](int i) { return (*s.rows)[static_cast<std::size_t>(i)].records[static_cast<std::size_t>(s.tab)]; };
    SC_TRY_ASSIGN(auto&& order, shell_sort_order(static_cast<int>(s.rows->size()), [&](int x, int y) -> Result<bool> {
                    SC_TRY_ASSIGN(auto&& rel, compare(s.seg, s.col, rec(x), s.seg, s.col, rec(y)));
                    return rel <= 0;
                  }));
    s.order = std::move(order);
    return s;
  };
  SC_TRY_ASSIGN(auto&& left, side_of(c.lhs));
  SC_TRY_ASSIGN(auto&& right, side_of(c.rhs));
  const bool left_first = c.lhs.table < nt1;
  const int nl = static_cast<int>(left.rows->size()), nr = static_cast<int>(right.rows->size());
  auto row_at = [](const Side& s, int i) -> const RowVector& {
    return (*s.rows)[static_cast<std::size_t>(s.order[static_cast<std::size_t>(i)])];
  };
  auto relation = [&](int l, int r) {
    return compare(left.seg, left.col, row_at(left, l).records[static_cast<std::size_t>(left.tab)], right.seg, right.col,
                   row_at(right, r).records[static_cast<std::size_t>(right.tab)]);
  };
  auto emit = [&](int l, int r) -> Status {
    RowVector v = left_first ? concat(row_at(left, l), row_at(right, r)) : concat(row_at(right, r), row_at(left, l));
    SC_TRY_ASSIGN(auto&& ok, columns_match(cs, rest, segvec, v.records));
    if (ok) out.push_back(std::move(v));
    return {};
  };
  int lptr = 0, lcur = 0, rptr = 0;
  if (equi) {
    // ZZEKJNXT's merge: for each right row, the left rows from the start of the current run.
    for (bool done = false; !done;) {
      SC_TRY_ASSIGN(auto&& rel, relation(lcur, rptr));
      if (rel < 0) {
        if (lptr < nl - 1) lcur = ++lptr;
        else done = true;
      } else if (rel == 0) {
        SC_TRY(emit(lcur, rptr));
        if (lcur < nl - 1) ++lcur;
        else if (rptr < nr - 1) ++rptr, lcur = lptr;
        else done = true;
      } else {
        if (rptr < nr - 1) ++rptr, lcur = lptr;
        else done = true;
      }
    }
    return out;
  }
  const bool left_small = c.op == Op::lt || c.op == Op::le;
  for (bool done = false; !done;) {
    SC_TRY_ASSIGN(auto&& rel, relation(lptr, rptr));
    if (verdict(c.op, rel)) {
      SC_TRY(emit(lptr, rptr));
      if (left_small) {
        if (rptr < nr - 1) ++rptr;
        else if (lptr < nl - 1) ++lptr, rptr = 0;
        else done = true;
      } else {
        if (lptr < nl - 1) ++lptr;
        else if (rptr < nr - 1) ++rptr, lptr = 0;
        else done = true;
      }
    } else if (left_small) {
      if (rptr < nr - 1) ++rptr;
      else done = true;
    } else {
      if (lptr < nl - 1) ++lptr;
      else done = true;
    }
  }
  return out;
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
      SC_TRY_ASSIGN(auto&& rows, join_rows(segvec, a.tables, a.row_sets[s1], b.row_sets[s2], cs, active, sv_offset));
      out.segment_vectors.push_back(std::move(segvec));
      out.row_sets.push_back(std::move(rows));
    }
  }
  squeeze(out);
  return out;
}

Result<std::vector<ResultRow>> Search::run() {
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
  if (!request_.order.empty() && !flat.empty()) {
    SC_TRY_ASSIGN(auto&& sorted, shell_sort_order(static_cast<int>(flat.size()), [&](int x, int y) -> Result<bool> {
                    const Flat& fx = flat[static_cast<std::size_t>(x)];
                    const Flat& fy = flat[static_cast<std::size_t>(y)];
                    for (const auto& key : request_.order) {
                      const auto t = static_cast<std::size_t>(key.column.table);
                      SC_TRY_ASSIGN(auto&& rel, compare(fx.set->segments_of(*fx.row)[t], key.column.column,
                                                        fx.row->records[t], fy.set->segments_of(*fy.row)[t],
                                                        key.column.column, fy.row->records[t]));
                      if (rel != 0) return key.descending ? rel > 0 : rel < 0;
                    }
                    return true;
                  }));
    order = std::move(sorted);
  }
  std::vector<ResultRow> out;
  out.reserve(order.size());
  for (int i : order) {
    const Flat& f = flat[static_cast<std::size_t>(i)];
    out.push_back(ResultRow{f.set->segments_of(*f.row), f.row->records});
  }
  return out;
}

}  // namespace

Result<std::vector<ResultRow>> search(const LoadedTables& tables, const SearchRequest& request) {
  return Search(tables, request).run();
}

}  // namespace sc::ek
