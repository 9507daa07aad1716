// The WHERE clause (ZZEKNRML): its tokens to constraints in disjunctive normal form, with CSPICE's
// messages and in CSPICE's order (see ResolvedQuery in ek_query.hpp for the order).
//
// CSPICE parses bottom-up: the tokens become a list of meta-tokens (names, values, operators,
// parentheses) that are reduced, left to right and with a stack for parentheses and precedence,
// until one expression is left. The messages depend on where that reduction gets stuck, so the
// same reduction is done here. Its quirks are kept: parentheses around a value are dropped before
// parsing but parentheses around a column name are an error; `NULL` is a value, allowed only with
// = <> IS IS NOT (ISNULL, NOTNUL); the clause ends at the first FROM, ORDER or SELECT after the
// token that follows WHERE, unless that keyword is the query's last token; CSPICE's tables of
// relations, conjunctions and disjunctions hold 5000 entries each (a clause whose normal form
// needs more is an error), and its encoded query holds about 1070 constraints (more is
// SPICE(CELLTOOSMALL)).
#pragma once

#include <string_view>
#include <vector>

#include "ek/query/parsed_query.hpp"
#include "ek/query/query_scanner.hpp"
#include "errors/result.hpp"

namespace sc::ek::query {

// The WHERE clause of `tokens` (the query has one: `where` is the index of its WHERE keyword)
// into query.where; names and literals are entered into query.budget in token order, then the
// constraints and the conjunction sizes. Errors: query errors, or what the budget signals.
Status normalise_where(std::string_view text, const std::vector<Token>& tokens, std::size_t where, ParsedQuery& query);

}  // namespace sc::ek::query
