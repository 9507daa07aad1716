#include "ek/join_merge.hpp"

#include "ek/entry_comparison.hpp"
#include "ek/row_matching.hpp"
#include "ek/row_sort.hpp"

namespace sc::ek {

Result<std::vector<RowVector>> join_rows(EntryCache& cache, const std::vector<int>& segvec, int nt1,
                                         const std::vector<RowVector>& a, const std::vector<RowVector>& b,
                                         const std::vector<SearchConstraint>& cs, const std::vector<bool>& active,
                                         int sv_offset) {
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
        SC_TRY_ASSIGN(auto&& ok, columns_match(cache, cs, active, segvec, r.records));
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
                    SC_TRY_ASSIGN(auto&& rel, cache.compare(s.seg, s.col, rec(x), s.seg, s.col, rec(y)));
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
    return cache.compare(left.seg, left.col, row_at(left, l).records[static_cast<std::size_t>(left.tab)], right.seg, right.col,
                   row_at(right, r).records[static_cast<std::size_t>(right.tab)]);
  };
  auto emit = [&](int l, int r) -> Status {
    RowVector v = left_first ? concat(row_at(left, l), row_at(right, r)) : concat(row_at(right, r), row_at(left, l));
    SC_TRY_ASSIGN(auto&& ok, columns_match(cache, cs, rest, segvec, v.records));
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
    if (satisfies(c.op, rel)) {
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

}  // namespace sc::ek
