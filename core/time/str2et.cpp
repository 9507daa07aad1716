// str2et: a time string to ET (STR2ET). The string is parsed (time_parser), checked (time_check),
// then interpreted: Julian dates by their system, TDB and TDT calendar strings on the formal
// calendar, UTC strings (possibly in a time zone) through the leap-second table. The defaults are
// CSPICE's: UTC, no zone, Gregorian calendar, two-digit years in 1969..2068.
#include <cmath>
#include <optional>
#include <string>

#include "time/fortran_numeric.hpp"
#include "time/leapseconds.hpp"
#include "time/time_api.hpp"
#include "time/time_check.hpp"
#include "time/time_parser.hpp"
#include "time/time_vector.hpp"
#include "time/wrapper_checks.hpp"
#include "time/zone_offset.hpp"

namespace sc::time {
namespace {

using parse::ParsedKind;
using parse::ParsedTime;

Error bad(std::string message) { return make_error("SPICE(BADTIMESTRING)", std::move(message)); }

// CSPICE counts days in 32-bit integers; beyond about 2^31 days (5.8 million years) they overflow
// and its results are garbage. Such strings are rejected here instead.
constexpr double kLargestJulianDate = 2.0e9;
constexpr double kLargestYear = 5.0e6;

struct Slots {
  std::size_t year, day, hour, minute, second;
};

Slots slots_of(ParsedKind kind) { return kind == ParsedKind::Yd ? Slots{0, 1, 2, 3, 4} : Slots{0, 2, 3, 4, 5}; }

Result<double> julian_date_to_et(const TimeKernel& kernel, const ParsedTime& p) {
  TimeVectorKind kind = TimeVectorKind::JdUtc;
  if (p.system == "TDB") kind = TimeVectorKind::Jdtdb;
  if (p.system == "TDT") kind = TimeVectorKind::Jdtdt;
  TimeVector tvec = p.tvec;
  if (!(std::fabs(tvec[0]) < kLargestJulianDate))
    return bad("The Julian date " + std::to_string(tvec[0]) + " is out of range.");
  SC_TRY(transform_time_vector(kernel, kind, TimeVectorKind::Tdb, tvec));
  return tvec[0];
}

Status check_parsed(const ParsedTime& p, const Slots& at, TimeVector& tvec, bool& adjusted, bool zoned) {
  // With a zone the leap second can only be checked after the shift to UTC, so a :60 passes now.
  adjusted = zoned && tvec[at.second] >= 60.0 && tvec[at.second] < 61.0;
  if (adjusted) tvec[at.second] -= 1.0;
  const CheckModifiers mods{p.era == "B.C.", !p.ampm.empty(), p.ampm == "P.M."};
  SC_TRY(check_components(tvec, p.kind, mods));
  if (!(std::fabs(tvec[at.year]) <= kLargestYear))
    return bad("The year " + std::to_string(tvec[at.year]) + " is out of range.");
  if (adjusted) tvec[at.second] += 1.0;
  if ((p.system == "TDT" || p.system == "TDB") && tvec[at.second] >= 60.0) {
    return bad("The seconds component of time must be less than 60 for any calendar representation of " + p.system +
               ".");
  }
  if (p.era == "B.C." && p.year_abbreviated) {
    return bad("The Year may be abbreviated only if the year belongs to the Christian Era (A.D.)");
  }
  return {};
}

// Era, A.M./P.M. and two-digit years.
void apply_modifiers(const ParsedTime& p, const Slots& at, TimeVector& tvec) {
  if (p.era == "B.C.") tvec[at.year] = 1.0 - tvec[at.year];
  if (p.ampm == "P.M." && tvec[at.hour] < 12.0) tvec[at.hour] += 12.0;
  if (p.ampm == "A.M." && tvec[at.hour] >= 12.0) tvec[at.hour] -= 12.0;
  const std::int64_t year = detail::nint(tvec[at.year]);
  if (p.year_abbreviated || (year < 100 && p.era.empty())) tvec[at.year] = static_cast<double>(expand_year(year));
}

Result<double> calendar_to_et(const TimeKernel& kernel, const ParsedTime& p) {
  const Slots at = slots_of(p.kind);
  const TimeVectorKind utc_kind = p.kind == ParsedKind::Yd ? TimeVectorKind::Yd : TimeVectorKind::Ymd;
  const TimeVectorKind formal_kind = p.kind == ParsedKind::Yd ? TimeVectorKind::Ydf : TimeVectorKind::Ymdf;

  std::optional<ZoneOffset> zone;
  if (!p.zone.empty()) {
    zone = read_zone_offset(std::string("::") + p.zone, 0);
    if (!zone) return make_error("SPICE(TIMEZONEERROR)", p.zone + " is not a legitimate time zone specification.");
  }
  TimeVector tvec = p.tvec;
  bool adjusted = false;
  SC_TRY(check_parsed(p, at, tvec, adjusted, zone.has_value()));
  apply_modifiers(p, at, tvec);

  if (p.system == "TDT" || p.system == "TDB") {
    SC_TRY(transform_time_vector(kernel, formal_kind, TimeVectorKind::Formal, tvec));
    if (p.system == "TDT") SC_TRY(transform_time_vector(kernel, TimeVectorKind::Tdt, TimeVectorKind::Tdb, tvec));
    return tvec[0];
  }
  if (zone) {
    // Shift the clock to UTC on the formal calendar; the seconds (and a leap second) stay as given.
    tvec[at.hour] -= zone->hours;
    tvec[at.minute] -= zone->minutes;
    const double seconds = tvec[at.second];
    tvec[at.second] = 0.0;
    SC_TRY(transform_time_vector(kernel, formal_kind, formal_kind, tvec));
    tvec[at.second] = seconds;
    if (adjusted) {
      const Status leap_second_ok = check_components(tvec, p.kind, CheckModifiers{});
      if (!leap_second_ok) {
        return bad("The seconds component of '" + p.zone +
                   "' local time is out of range: in that zone a leap second can only follow 59 seconds past the "
                   "last minute before midnight UTC of June 30 or December 31.");
      }
    }
  }
  SC_TRY(transform_time_vector(kernel, utc_kind, TimeVectorKind::Tdb, tvec));
  return tvec[0];
}

// Every diagnostic about the string names it (the checks above speak of components only).
Error naming_input(Error e, std::string_view text) {
  if (e.long_msg.find(text) == std::string::npos)
    e.long_msg += std::string(" Time string: '") + std::string(text) + "'.";
  return e;
}

Result<double> interpret(const pool::Pool& pool, std::string_view text) {
  SC_TRY_ASSIGN(auto&& parsed, parse::parse_time_string(text));
  const ParsedTime& p = parsed;
  if (!p.zone.empty() && !p.system.empty()) {
    return make_error("SPICE(TIMECONFLICT)",
                      "Both a time system and time zone have been specified in the input string (" + p.system +
                          " and " + p.zone + "). These are inconsistent. A time zone is a fixed offset from UTC.");
  }
  const TimeKernel kernel = read_time_kernel(pool);
  if (p.kind == ParsedKind::Jd) return julian_date_to_et(kernel, p);
  return calendar_to_et(kernel, p);
}

}  // namespace

Result<double> str2et(const pool::Pool& pool, std::string_view text) {
  SC_TRY(require_text(text, "str"));
  auto et = interpret(pool, text);
  if (!et) return naming_input(std::move(et).error(), text);
  return et;
}

}  // namespace sc::time
