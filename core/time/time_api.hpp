// Time conversions with CSPICE's semantics, driven by the leapseconds kernel in the pool
// (DELTET/DELTA_T_A, DELTET/K, DELTET/EB, DELTET/M, DELTET/DELTA_AT). Without an LSK, every
// conversion that needs one fails with CSPICE's short code. ET means TDB seconds past J2000.
//
// The calls that read the time-string defaults (TIMDEF) take them explicitly; the overloads
// without them use CSPICE's initial defaults (UTC, no zone, Gregorian calendar).
#pragma once

#include <string>
#include <string_view>

#include "errors/result.hpp"
#include "pool/pool.hpp"
#include "time/time_defaults.hpp"

namespace sc::time {

// A time string in CSPICE's input language (ISO calendar and day-of-year, month names, JD,
// era marks, A.M./P.M., UTC/TDB/TDT labels, zone labels, leap second 23:59:60) to ET. An
// unlabelled string is read in the default system or zone, on the default calendar (STR2ET).
Result<double> str2et(const pool::Pool& pool, const TimeDefaults& defaults, std::string_view text);
Result<double> str2et(const pool::Pool& pool, std::string_view text);

// ET to a UTC string: format "C", "D", "J", "ISOC" or "ISOD", precision 0..14 digits. CSPICE's
// ET2UTC does not consult TIMDEF: the output is always UTC on the Gregorian calendar.
Result<std::string> et2utc(const pool::Pool& pool, const TimeDefaults& defaults, double et, std::string_view format,
                           int precision);
Result<std::string> et2utc(const pool::Pool& pool, double et, std::string_view format, int precision);

// ET to a string following a picture (YYYY, MON, DD, DOY, HR, MN, SC, .###, ::UTC, ::TDB, ::RND, ...).
// Without a time-system or calendar marker in the picture, the default system (or zone) and
// calendar apply (TIMOUT).
Result<std::string> timout(const pool::Pool& pool, const TimeDefaults& defaults, double et, std::string_view picture);
Result<std::string> timout(const pool::Pool& pool, double et, std::string_view picture);

// ET - UTC at an epoch given as "ET" or "UTC" seconds past J2000.
Result<double> deltet(const pool::Pool& pool, double epoch, std::string_view epoch_type);

// Converts an epoch between TAI, TDT, TDB, ET, JDTDB, JDTDT and JED.
Result<double> unitim(const pool::Pool& pool, double epoch, std::string_view from, std::string_view to);

// A UTC string to seconds past J2000 on the formal calendar (no leap seconds; 23:59:60 is 60 s
// past 23:59), without range checks ("2000-02-30" is 1 March) (TPARSE). Strings with a time
// system, a time zone or A.M./P.M. are refused. CSPICE reports a bad string through tparse_c's
// error message rather than signalling; here it is an Error with SPICE(UNPARSEDTIME) whose long
// message is exactly that text. TPARSE ignores the defaults (the Gregorian calendar always applies).
Result<double> tparse(const TimeDefaults& defaults, std::string_view text);

// The timout picture that writes a time the way `sample` is written (TPICTR), e.g.
// "Wkd Mon DD HR:MN:SC PST YYYY ::UTC-8". A sample that cannot be described fails with
// SPICE(UNPARSEDTIME) and tpictr_c's error message. Independent of the defaults, as in CSPICE.
Result<std::string> tpictr(const TimeDefaults& defaults, std::string_view sample);

// TIMDEF GET of "CALENDAR", "SYSTEM" or "ZONE" (any case): the stored value, "" for an unset zone
// or system. Unknown items fail with SPICE(BADTIMEITEM).
Result<std::string> timdef_get(const TimeDefaults& defaults, std::string_view item);

// TIMDEF SET: CALENDAR to GREGORIAN, JULIAN or MIXED; SYSTEM to UTC, TDB, TDT or TT (clearing the
// zone); ZONE to EST/EDT/CST/CDT/MST/MDT/PST/PDT or UTC+hh[:mm]/UTC-hh[:mm] (clearing the system).
// Values are case-insensitive. Bad values fail with SPICE(BADDEFAULTVALUE) and leave `defaults`
// unchanged; unknown items with SPICE(BADTIMEITEM).
Status timdef_set(TimeDefaults& defaults, std::string_view item, std::string_view value);

// TIMDEF itself: `action` "GET" (any case; `value` is ignored) answers timdef_get, "SET" does
// timdef_set and answers "". Another action fails with SPICE(BADACTION).
Result<std::string> timdef(TimeDefaults& defaults, std::string_view action, std::string_view item,
                           std::string_view value);

}  // namespace sc::time
