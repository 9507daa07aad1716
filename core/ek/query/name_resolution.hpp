// Name resolution (ZZEKNRES, ZZEKCCHK): the FROM tables against the loaded tables, and every
// column name against the FROM tables, in CSPICE's order and with its messages.
//
// Checks, in order: aliases are distinct; an alias names no other table of the FROM clause; every
// table is loaded; then the columns of the constraints (in normal-form order: left side, then a
// column on the right), of the SELECT list and of the ORDER BY list. An unqualified column must
// be in exactly one FROM table; a qualifier is looked up among the FROM tables' names first, then
// among the aliases. Table names and aliases are kept in 64 characters, as CSPICE keeps them.
#pragma once

#include <string_view>

#include "ek/query/ek_query.hpp"
#include "ek/query/parsed_query.hpp"
#include "errors/result.hpp"

namespace sc::ek::query {

// Fills in ParsedTable::catalog_table and every ColumnName::ref. Query errors, or SPICE(BUG) for
// the misaligned query of ParsedQuery::order_sense_missing.
Status resolve_names(std::string_view text, ParsedQuery& query, Catalog catalog);

}  // namespace sc::ek::query
