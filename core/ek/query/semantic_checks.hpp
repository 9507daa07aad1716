// Semantic checks (ZZEKSEMC), in CSPICE's order and with its messages.
//
// For each constraint in normal-form order: the left column must be scalar (SIZE 1); LIKE and
// NOT LIKE need a CHARACTER left column; a column on the right must be scalar; the two sides'
// types must agree, except that INTEGER and DOUBLE PRECISION mix. Then every ORDER BY column must
// be scalar. CSPICE's quirks are kept:
//   - the first IS NULL / IS NOT NULL constraint ends all checking, ORDER BY columns included
//     (so `WHERE X IS NULL AND SEVERITY LIKE 'x'` passes, and CSPICE's search then signals
//     SPICE(BUG));
//   - a non-scalar column's message quotes the query from that column to the end of the last
//     right-hand lexeme looked at in this query (one blank when that ends before the column),
//     and a TIME value's lexeme ends where it begins.
#pragma once

#include <string_view>

#include "ek/query/ek_query.hpp"
#include "ek/query/parsed_query.hpp"
#include "errors/result.hpp"

namespace sc::ek::query {

// After name and time resolution.
Status check_semantics(std::string_view text, const ParsedQuery& query, Catalog catalog);

}  // namespace sc::ek::query
