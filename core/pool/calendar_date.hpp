// Dates written as text-kernel values ("@1972-JAN-1", Kernel Required Reading) turned into seconds
// past J2000 (2000-01-01 12:00:00) on a formal calendar: every day has 86400 s, there are no leap
// seconds, and the Gregorian calendar is extended to all years. That is the number NAIF's kernel
// loader stores for such a value, so LSK leap-second epochs come out as whole seconds.
#pragma once

#include <string_view>

#include "errors/result.hpp"

namespace sc::pool {

// Parses the text after the '@' of a kernel date. A kernel value contains no blanks or commas, so
// only blank-free forms are accepted:
//   ISO calendar / day of year:  2000-01-01T12:00:00.5Z   1995-018T18:28   1986-01-18T12   1995-18T
//   calendar with a month name:  1972-JAN-1   1-JAN-1994   JAN-1-1994   17JUN1982   1972-July-1
//   numeric calendar, year first: 2000-01-01
//   day of year:                 1997-162   1997-162//12:18:28   1997-162::12:18
//   any date, then a time:       1972-JUL-1/00:00   2000-JAN-01/12:00:00   1972-JAN-1-12:30
//   Julian date:                 JD2451545.0   2451545.0JD
// Month names are case-insensitive, at least three letters of the English name. A year written
// with one or two digits means 1969-2068, as in NAIF's parser. A day of month up to 31 may run
// past the end of its month (FEB-30 is MAR-1 or -2), as NAIF's parser allows; hours must be below
// 24, minutes below 60, seconds below 61; only the last time field may have a fraction.
// Errors carry SPICE(BADTIMESPEC) and say what is wrong with the string (not where it came from).
Result<double> parse_formal_calendar_date(std::string_view text);

}  // namespace sc::pool
