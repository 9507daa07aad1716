// Range checks on parsed calendar components (SPICELIB's TCHECK with checking enabled, as STR2ET
// always runs it) and the expansion of two-digit years (TEXPYR, default window 1969..2068).
#pragma once

#include <cstdint>
#include <string>

#include "errors/result.hpp"
#include "time/time_parser.hpp"

namespace sc::time {

struct CheckModifiers {
  bool before_christ = false;  // the year is a B.C. year (its leap years count backwards)
  bool twelve_hour = false;    // A.M. or P.M. given: hours run 1..12
  bool pm = false;             // P.M. given (allows the leap second at 11:59:60 P.M.)
};

// Months 1..12, days within the month or year, hours 0..23 (1..12 on a 12-hour clock), minutes
// 0..59, seconds below 60, or below 61 in the last minute of June 30 and December 31; only the
// least significant component may have a fraction. Errors carry SPICE(BADTIMESTRING).
Status check_components(const TimeVector& tvec, parse::ParsedKind kind, const CheckModifiers& mods);

// 0..99 to 1969..2068; other years unchanged.
std::int64_t expand_year(std::int64_t year);

}  // namespace sc::time
