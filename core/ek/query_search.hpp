// EKSRCH: the rows of the loaded EK tables that satisfy a query, in CSPICE's order. For each
// conjunction of the WHERE clause, each FROM table's segments are searched (through a column index
// when ZZEKKEY finds one worth using, in index order; otherwise in record order), the tables are
// joined (ZZEKJOIN: an equi-join merges both sides sorted by the join column), and the conjunction's
// rows are added to the union without the rows earlier conjunctions found (ZZEKWEED). ORDER BY then
// sorts the union (ZZEKJSRT).
#pragma once

#include <optional>
#include <vector>

#include "ek/join_row_sets.hpp"
#include "ek/loaded_tables.hpp"
#include "ek/search_request.hpp"
#include "errors/result.hpp"

namespace sc::ek {

// One result row: for each FROM table, the segment (LoadedTables::segments index) and the record
// (record pointer or row number) its entries are read from.
struct ResultRow {
  std::vector<int> segments;
  std::vector<int> records;
};

struct SearchOutcome {
  std::vector<ResultRow> rows;
  // An error CSPICE raises only when the rows are first fetched (EKGC/EKGD/EKGI run ZZEKJSRT's
  // deferred sort): ORDER BY a FIXED_COUNT string column (class 9) longer than the sort's 32-character
  // buffer fails in ZZEKRD09 with SPICE(STRINGTRUNCATED). The rows are then left unsorted.
  std::optional<Error> deferred;
};

Result<SearchOutcome> search(const LoadedTables& tables, const SearchRequest& request);

}  // namespace sc::ek
