// tparse: a UTC string to seconds past J2000 on the formal calendar (SPICELIB's TPARSE through
// tparse_c). The string is parsed by the str2et parser (TPARTV); TPARSE then refuses time systems,
// zones and A.M./P.M., does not range-check the components (TCHECK is off unless TPARCH turned it
// on, which CSPICE's C interface never does), and counts days with the Muller-Wimberly formula in
// CSPICE's 32-bit integers.
#include <cstdint>
#include <string>

#include "time/fortran_numeric.hpp"
#include "time/parse_diagnostics.hpp"
#include "time/spicelib_text.hpp"
#include "time/time_api.hpp"
#include "time/time_check.hpp"
#include "time/time_constants.hpp"
#include "time/time_parser.hpp"
#include "time/wrapper_checks.hpp"

namespace sc::time {
namespace {

using parse::ParsedKind;
using parse::ParsedTime;

// TPARSE keeps the modifiers in CHARACTER*8.
constexpr std::size_t kModifierWidth = 8;

// CSPICE's INTEGER is 32 bits and its arithmetic wraps; NINT of a double outside that range gives
// the x86 "integer indefinite" value. Years near 2^31 thus give CSPICE's (meaningless) numbers
// instead of undefined behaviour.
std::int32_t wrap(std::int64_t v) { return static_cast<std::int32_t>(static_cast<std::uint32_t>(v)); }
std::int32_t nint32(double x) {
  const double r = detail::anint(x);
  if (!(r >= -2147483648.0 && r <= 2147483647.0)) return INT32_MIN;
  return static_cast<std::int32_t>(r);
}

// Days from J2000 (1 Jan 2000 = 0 at noon, counted from midnight as TPARSE does) by the
// Muller-Wimberly formula, with TPARSE's shift of years before 1 A.D. by whole 400-year cycles.
std::int32_t day_number(std::int32_t year, std::int32_t month, std::int32_t day) {
  std::int32_t cycles = 0;
  const bool shifted = year < 1;
  if (shifted) {
    const auto [q, rem] = detail::rmaini(year, 400);
    year = static_cast<std::int32_t>(rem + 400);
    cycles = static_cast<std::int32_t>(q - 1);
  }
  const std::int64_t y = year;
  const std::int32_t a = wrap(y * 367);
  const std::int32_t b = wrap(static_cast<std::int64_t>(wrap(y + wrap(std::int64_t{month} + 9) / 12)) * 7) / 4;
  const std::int32_t c = wrap(static_cast<std::int64_t>(wrap(y + wrap(std::int64_t{month} - 9) / 7) / 100 + 1) * 3) / 4;
  const std::int32_t d = wrap(std::int64_t{month} * 275) / 9;
  std::int32_t n = wrap(std::int64_t{a} - b - c + d + day - 730516);
  if (shifted) n = wrap(std::int64_t{n} + std::int64_t{cycles} * calendar::kDaysPer400Years);
  return n;
}

Result<double> formal_seconds(const ParsedTime& p) {
  // TPARSE speaks of the modifiers in this order.
  if (!p.system.empty()) {
    return parse::unparsed(text::repmc("TPARSE does not support the specification of a time system in a string.  "
                                       "The time system # was specified. ",
                                       "#", std::string_view(p.system).substr(0, kModifierWidth)));
  }
  if (!p.zone.empty()) {
    return parse::unparsed(text::repmc("TPARSE does not support the specification of a time zone in a time string.  "
                                       "The time zone '#' was specified. ",
                                       "#", std::string_view(p.zone).substr(0, kModifierWidth)));
  }
  if (!p.ampm.empty()) return parse::unparsed("TPARSE does not support the AM/PM conventions for time strings. ");
  if (p.kind == ParsedKind::Jd) return (p.tvec[0] - kJ2000) * kSecondsPerDay;

  TimeVector tvec = p.tvec;
  if (p.kind == ParsedKind::Yd) {  // day of year as a day of January
    tvec[5] = tvec[4];
    tvec[4] = tvec[3];
    tvec[3] = tvec[2];
    tvec[2] = tvec[1];
    tvec[1] = 1.0;
  }
  std::int32_t year = nint32(tvec[0]);
  const std::int32_t month = nint32(tvec[1]);
  const std::int32_t day = nint32(tvec[2]);  // a fraction of the day is dropped, as in TPARSE
  if (p.era == "B.C.") {
    year = wrap(1 - std::int64_t{year});
  } else if (p.era.empty() && year < 100) {
    year = static_cast<std::int32_t>(expand_year(year));
  }
  const double days = static_cast<double>(day_number(year, month, day));
  return (days - 0.5) * kSecondsPerDay + tvec[3] * 3600.0 + tvec[4] * 60.0 + tvec[5];
}

}  // namespace

Result<double> tparse(const TimeDefaults& /*defaults: TPARSE ignores TIMDEF*/, std::string_view text) {
  SC_TRY(require_text(text, "string"));
  const parse::ParseOutcome parsed = parse::parse_time_with_picture(text);
  if (!parsed.time) return parsed.time.error();
  return formal_seconds(*parsed.time);
}

}  // namespace sc::time
