// A query as the parser leaves it for the later stages (CSPICE's encoded query after ZZEKPARS):
// names as written (upper case) with their descriptors, the WHERE clause in disjunctive normal
// form. Name resolution fills in the table and column indices, time resolution turns TIME
// literals into ET; semantic checks read it; prepare_query turns it into a ResolvedQuery.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "ek/query/ek_query.hpp"
#include "ek/query/encoded_query.hpp"

namespace sc::ek::query {

// A table name, alias or column name: its text (upper case) and its descriptor (which holds its
// lexeme).
struct Identifier {
  std::string text;
  Descriptor descriptor{};
  Lexeme lexeme() const { return {descriptor[1], descriptor[2]}; }
};

// [qualifier.]column, and what name resolution found for it.
struct ColumnName {
  std::optional<Identifier> qualifier;
  Identifier column;
  ColumnRef ref{-1, -1};
  const Descriptor& table_descriptor() const { return qualifier ? qualifier->descriptor : kBlankDescriptor; }
};

// A literal on the right of a constraint: its value and descriptor (type code, lexeme, position
// in the encoded query). Null literals only occur with ISNULL and NOTNUL.
struct Literal {
  Value value;
  Descriptor descriptor{};
};

struct ParsedConstraint {
  ColumnName lhs;
  Op op = Op::eq;
  std::variant<ColumnName, Literal> rhs;
};

struct ParsedTable {
  Identifier name;
  std::optional<Identifier> alias;
  int catalog_table = -1;  // set by name resolution
};

struct ParsedOrder {
  ColumnName column;
  bool descending = false;
};

struct ParsedQuery {
  std::vector<ParsedTable> tables;
  std::vector<std::vector<ParsedConstraint>> where;  // disjunctive normal form, ZZEKNRML's order
  std::vector<ParsedOrder> order_by;
  std::vector<ColumnName> select;
  // ZZEKPARS stores no ASC/DESC word for a qualified ORDER BY column directly followed by WHERE,
  // FROM or SELECT, so everything stored after it in the encoded query is one integer early;
  // name resolution then trips over the first SELECT column (SPICE(BUG)).
  bool order_sense_missing = false;
  EncodedQueryBudget budget;
};

}  // namespace sc::ek::query
