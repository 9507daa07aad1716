#include "ek/key_search.hpp"

#include <algorithm>
#include <cmath>

#include "ek/entry_comparison.hpp"

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

// ZZEKILLT / ZZEKILLE: the last index position whose value is < (or <=) `value`, 0 for none.
Result<int> last_before(EntryCache& cache, int seg, int column, const Literal& value, bool or_equal) {
  const ColumnDescriptor& c = cache.segment(seg).column(column);
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
  SC_TRY_ASSIGN(auto&& index, cache.index_of(seg, column));
  const int n = static_cast<int>(index->size());
  if (n == 0) return 0;
  auto holds = [&](Op op, int position) -> Result<bool> {
    SC_TRY_ASSIGN(auto&& e, cache.entry(seg, column, (*index)[static_cast<std::size_t>(position - 1)]));
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

}  // namespace

Result<KeyRange> choose_key(EntryCache& cache, int seg, const std::vector<SearchConstraint>& cs, std::vector<bool>& active) {
  const int nrows = cache.segment(seg).segment->rows;
  std::vector<int> columns;  // the indexed columns with an active constraint, ascending (CSPICE's set)
  for (std::size_t i = 0; i < cs.size(); ++i) {
    if (active[i] && cache.segment(seg).column(cs[i].lhs.column).indexed) columns.push_back(cs[i].lhs.column);
  }
  std::sort(columns.begin(), columns.end());
  columns.erase(std::unique(columns.begin(), columns.end()), columns.end());
  KeyRange key;
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
            SC_TRY_ASSIGN(auto&& lt, last_before(cache, seg, col, v, false));
            max_ptr = std::min(lt, max_ptr);
            eliminated = max_ptr == 0;
            break;
          }
          case Op::le: {
            SC_TRY_ASSIGN(auto&& le, last_before(cache, seg, col, v, true));
            max_ptr = std::min(le, max_ptr);
            eliminated = max_ptr == 0;
            break;
          }
          case Op::eq: {
            SC_TRY_ASSIGN(auto&& lt, last_before(cache, seg, col, v, false));
            SC_TRY_ASSIGN(auto&& le, last_before(cache, seg, col, v, true));
            if (lt < le) {
              min_ptr = std::max(lt + 1, min_ptr);
              max_ptr = std::min(le, max_ptr);
            } else {
              eliminated = true;
            }
            break;
          }
          case Op::gt: {
            SC_TRY_ASSIGN(auto&& le, last_before(cache, seg, col, v, true));
            min_ptr = std::max(le + 1, min_ptr);
            eliminated = le == nrows;
            break;
          }
          case Op::ge: {
            SC_TRY_ASSIGN(auto&& lt, last_before(cache, seg, col, v, false));
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

}  // namespace sc::ek
