// What EKSRCH searches for, after the query language's front end (query/) has resolved names and
// converted values: the FROM tables, the WHERE clause in disjunctive normal form, the ORDER BY keys.
// Indices are 0-based: tables by FROM position, columns by position in their table.
#pragma once

#include <vector>

#include "ek/entry_comparison.hpp"
#include "ek/operators.hpp"

namespace sc::ek {

struct SearchColumn {
  int table = 0;   // FROM position
  int column = 0;  // column of that table (LoadedTable::columns order)
};

// `lhs op value`, or `lhs op rhs` for a constraint between two columns.
struct SearchConstraint {
  SearchColumn lhs;
  Op op = Op::eq;
  bool against_column = false;
  SearchColumn rhs;
  Literal value;
};

struct OrderKey {
  SearchColumn column;
  bool descending = false;
};

struct SearchRequest {
  std::vector<int> from;                                   // LoadedTables::tables indices
  std::vector<std::vector<SearchConstraint>> conjunctions;  // OR of ANDs; none: every row
  std::vector<OrderKey> order;
};

}  // namespace sc::ek
