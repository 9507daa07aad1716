// Time literals (ZZEKTRES, ZZEKTCNV): the value compared with a TIME column becomes TDB seconds
// past J2000.
//
// Every constraint of the normal form whose left column is TIME and whose right side is a value
// (not NULL) is converted, duplicates included, in normal-form order; the first failure is the
// query's error. CSPICE keeps the string in 32 characters (the rest is cut off), compresses its
// blanks and upper-cases it. A number has no string there, so `EVENT_TIME > 4.5E8` reads as a
// blank time string. A string containing SCLK is "<clock> SCLK <clock string>"; any other must
// pass TPARTV (the str2et parser, whose message is the query's error) and is then given to
// STR2ET. Each converted value takes one of the encoded query's 100 numbers.
#pragma once

#include "ek/query/ek_query.hpp"
#include "ek/query/parsed_query.hpp"
#include "errors/result.hpp"

namespace sc::ek::query {

// After name resolution. Converted literals get type Time, kind Number; their descriptor's lexeme
// end becomes its begin, as CSPICE's (ZZEKTRES passes the begin twice), which later messages show.
Status resolve_times(ParsedQuery& query, Catalog catalog, const TimeConversion& conversion);

}  // namespace sc::ek::query
