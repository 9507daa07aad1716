// ZZEKVMCH over a conjunction: whether a row vector satisfies the active constraints between two
// columns (the same table's, or a join's), checked in order, stopping at the first that fails.
#pragma once

#include <vector>

#include "ek/entry_cache.hpp"
#include "ek/search_request.hpp"
#include "errors/result.hpp"

namespace sc::ek {

// `segments` and `records` are indexed by FROM position (the constraints' tables).
Result<bool> columns_match(EntryCache& cache, const std::vector<SearchConstraint>& cs, const std::vector<bool>& active,
                           const std::vector<int>& segments, const std::vector<int>& records);

}  // namespace sc::ek
