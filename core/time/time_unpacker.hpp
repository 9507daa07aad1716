// The last step of parsing a time string (SPICELIB's ZZUNPCK): once every token has a meaning
// (Y m D y H M S J), read the numbers and decide whether they make a year-month-day, a
// year-day-of-year or a Julian-date string; otherwise explain what is missing or ambiguous.
#pragma once

#include <string_view>

#include "errors/result.hpp"
#include "time/time_parser.hpp"
#include "time/time_tokens.hpp"

namespace sc::time::parse {

// Fills `parsed` (whose modifiers are already set) from the lettered row of `text`.
Result<ParsedTime> unpack(std::string_view text, const TokenList& tokens, ParsedTime parsed);

}  // namespace sc::time::parse
