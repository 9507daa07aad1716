// The last step of parsing a time string (SPICELIB's ZZUNPCK): once every token has a meaning
// (Y m D y H M S J), read the numbers and decide whether they make a year-month-day, a
// year-day-of-year or a Julian-date string; otherwise explain what is missing or ambiguous.
// Along the way the picture draft of the tokenizer gets its markers (YYYY, MM, DD, DOY, HR, MN,
// SC, JULIAND, each number's decimals as ".##"): the timout picture tpictr returns.
#pragma once

#include <string>
#include <string_view>

#include "errors/result.hpp"
#include "time/time_parser.hpp"
#include "time/time_tokens.hpp"

namespace sc::time::parse {

struct Unpacked {
  Result<ParsedTime> time;
  // The picture of the string; blank when some token had no meaning. A string whose components
  // are all known but do not make a date (two days of month, say) still has one, as in CSPICE.
  std::string picture;
};

// Fills `parsed` (whose modifiers are already set) from the lettered row of `text`.
Unpacked unpack(std::string_view text, const TokenList& tokens, ParsedTime parsed);

}  // namespace sc::time::parse
