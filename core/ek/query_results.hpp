// The result of the last successful query (CSPICE keeps one per program; spicecraft one per
// context) and the fetch calls EKGC, EKGD and EKGI that read it: by SELECT item, row and element,
// all 1-based here as in CSPICE's Fortran interface (the calls' 0-based forms add 1).
#pragma once

#include <string>
#include <optional>
#include <vector>

#include "ek/loaded_tables.hpp"
#include "ek/query_search.hpp"
#include "ek/search_request.hpp"
#include "errors/result.hpp"

namespace sc::ek {

// A fetched element: found is false when the entry has no such element; null when the entry is null.
template <class T>
struct Fetched {
  bool found = false;
  bool null = false;
  T value{};
};

class QueryResults {
 public:
  // Replaces the result set (EKSRCH does, for every query that passes the front end). `tables`
  // keeps the EK files alive for the fetches.
  // `deferred`: an error every fetch reports after its own checks (search.hpp's SearchOutcome).
  void replace(LoadedTables tables, std::vector<SearchColumn> select, std::vector<ResultRow> rows,
               std::optional<Error> deferred = std::nullopt) {
    tables_ = std::move(tables);
    select_ = std::move(select);
    rows_ = std::move(rows);
    deferred_ = std::move(deferred);
  }
  int rows() const { return static_cast<int>(rows_.size()); }

  // `eks_loaded`: whether any EK is loaded now (CSPICE checks it first: SPICE(NOLOADEDFILES)).
  // Then SPICE(INVALIDINDEX) for a row, element or SELECT index out of range, SPICE(INVALIDTYPE)
  // for a column of another type. Strings lose their trailing blanks, as ekgc_c returns them.
  Result<Fetched<std::string>> ekgc(bool eks_loaded, int selidx, int row, int element) const;
  Result<Fetched<double>> ekgd(bool eks_loaded, int selidx, int row, int element) const;
  Result<Fetched<int>> ekgi(bool eks_loaded, int selidx, int row, int element) const;

 private:
  // The checks every fetch makes, then the entry and element.
  Result<Entry> entry_for(bool eks_loaded, int selidx, int row, int element,
                          bool (*type_ok)(DataType), const ColumnDescriptor** column) const;

  LoadedTables tables_;
  std::vector<SearchColumn> select_;
  std::vector<ResultRow> rows_;
  std::optional<Error> deferred_;
};

}  // namespace sc::ek
