// The str2et input language (time.req): a time string to the components it spells out, with
// CSPICE's TPARTV rules for which strings are accepted and what each number means. The parser
// only reads what is written; range checks, eras, A.M./P.M., zones and time systems are applied
// by str2et.
#pragma once

#include <string>
#include <string_view>

#include "errors/result.hpp"
#include "time/time_vector.hpp"

namespace sc::time::parse {

enum class ParsedKind {
  Ymd,  // tvec: year, month, day, hour, minute, second
  Yd,   // tvec: year, day of year, hour, minute, second
  Jd,   // tvec: Julian date
};

struct ParsedTime {
  ParsedKind kind = ParsedKind::Ymd;
  TimeVector tvec{};
  // Modifiers as written, upper-cased; empty when absent.
  std::string era;                // "A.D." or "B.C."
  std::string weekday;            // first three letters, e.g. "MON"
  std::string zone;               // "UTC+5:30", "UTC-3", or a U.S. zone as its offset ("PST" is "UTC-8")
  std::string ampm;               // "A.M." or "P.M."
  std::string system;             // "UTC", "TDB" or "TDT"
  bool year_abbreviated = false;  // written as 'YY

  bool has_modifiers() const {
    return !era.empty() || !weekday.empty() || !zone.empty() || !ampm.empty() || !system.empty();
  }
};

// Errors carry SPICE(UNPARSEDTIME) with a diagnostic that points at the offending text.
Result<ParsedTime> parse_time_string(std::string_view text);

// TPARTV's outputs: the parse (or its diagnostic) and the timout picture of the string, with
// "::RND", "::<zone>" and "::<system>" appended as TPARTV appends them. The picture can exist
// for a string that does not parse (two days of month) and is empty when some part of the
// string had no meaning.
struct ParseOutcome {
  Result<ParsedTime> time;
  std::string picture;
};
ParseOutcome parse_time_with_picture(std::string_view text);

}  // namespace sc::time::parse
