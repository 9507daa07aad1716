// ZZEKJPRP/ZZEKJNXT: the rows of two join row sets' segment vectors that satisfy the join's
// constraints, in CSPICE's order. With an equality between the two sides, both sides are sorted by
// its column (ZZEKJSRT's Shell sort) and merged: for each right row in order, the left rows from the
// start of the current run. With only an inequality, the sorted sides are stepped through as CSPICE
// steps them; with neither, nested loops (left outer). The other constraints are checked per pair.
#pragma once

#include <vector>

#include "ek/entry_cache.hpp"
#include "ek/join_row_sets.hpp"
#include "ek/search_request.hpp"
#include "errors/result.hpp"

namespace sc::ek {

// `segvec`: the combined segment vector (the first `nt1` tables from `a`'s side); `active`: the
// join constraints of the conjunction; every produced row vector gets `sv_offset`.
Result<std::vector<RowVector>> join_rows(EntryCache& cache, const std::vector<int>& segvec, int nt1,
                                         const std::vector<RowVector>& a, const std::vector<RowVector>& b,
                                         const std::vector<SearchConstraint>& cs, const std::vector<bool>& active,
                                         int sv_offset);

}  // namespace sc::ek
