// ZZEKKEY: which indexed column EKSRCH searches a segment through, and the range of index positions
// the constraints on it leave (ZZEKILLT/ZZEKILLE's binary searches of the index). The column with
// the fewest candidate rows wins (the lowest column on ties); its range constraints are then
// satisfied by the range and no longer checked row by row. An integer column compared with a
// double takes the double's nearest integer here (and not in the row checks), as CSPICE's does.
#pragma once

#include <vector>

#include "ek/entry_cache.hpp"
#include "ek/search_request.hpp"
#include "errors/result.hpp"

namespace sc::ek {

struct KeyRange {
  bool found = false;  // no indexed column with an active constraint: search in record order
  int column = -1;     // table column
  int begin = 1;       // 1-based index positions; begin > end when no row can match
  int end = 0;
};

// Over the value constraints `active` marks, for segment `seg`; clears `active` for the key
// column's range constraints (<, <=, =, >=, >).
Result<KeyRange> choose_key(EntryCache& cache, int seg, const std::vector<SearchConstraint>& cs, std::vector<bool>& active);

}  // namespace sc::ek
