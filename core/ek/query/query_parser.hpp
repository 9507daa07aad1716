// The EK query parser (ZZEKPARS): tokens to a ParsedQuery, with CSPICE's messages.
//
//   SELECT <column> [, <column> ...] FROM <table> [<alias>] [, <table> [<alias>] ...]
//          [WHERE <condition>] [ORDER BY <column> [ASC | DESC] [, ...]]
//   <column> = [<table or alias> .] <name>
//
// CSPICE finds each clause by its keyword's first occurrence and parses them in the order FROM,
// WHERE (dnf_normalisation.hpp), ORDER BY, SELECT, so the clauses may come in any order after
// SELECT's list ("FROM T SELECT C" is a query). A clause ends at the keyword of another. At most
// 10 tables, 50 SELECT columns and 10 ORDER BY columns. `*`, DISTINCT, aggregates and GROUP BY
// are not part of the language.
#pragma once

#include <string_view>
#include <vector>

#include "ek/query/parsed_query.hpp"
#include "ek/query/query_scanner.hpp"
#include "errors/result.hpp"

namespace sc::ek::query {

// `text` is the scanned query (for the lexemes that messages quote).
Result<ParsedQuery> parse_query(std::string_view text, const std::vector<Token>& tokens);

}  // namespace sc::ek::query
