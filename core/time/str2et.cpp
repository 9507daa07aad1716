// str2et: a time string to ET (STR2ET). The string is parsed (time_parser), checked (time_check),
// then interpreted: Julian dates by their system, TDB and TDT calendar strings on the formal
// calendar, UTC strings (possibly in a time zone) through the leap-second table. A string with
// neither a system nor a zone label takes TIMDEF's default system or zone; the default calendar
// decides whether the date is Julian (converted to Gregorian before anything else). Two-digit
// years are read in 1969..2068.
#include <array>
#include <cmath>
#include <optional>
#include <string>
#include <utility>

#include "time/calendar.hpp"
#include "time/decimal_format.hpp"
#include "time/fortran_numeric.hpp"
#include "time/leapseconds.hpp"
#include "time/spicelib_text.hpp"
#include "time/text_util.hpp"
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

Error bad(std::string message) {
  return make_error("SPICE(BADTIMESTRING)", text::trimmed(std::move(message)));
}

// CSPICE counts days in 32-bit integers; beyond about 2^31 days (5.8 million years) they overflow
// and its results are garbage. Such strings are rejected here instead.
constexpr double kLargestJulianDate = 2.0e9;
constexpr double kLargestYear = 5.0e6;

// STR2ET keeps a zone as "::" + the zone in 16 characters: 14 of them survive.
constexpr std::size_t kZoneWidth = 14;

struct Slots {
  std::size_t year, month, day, hour, minute, second;
};

Slots slots_of(ParsedKind kind) { return kind == ParsedKind::Yd ? Slots{0, 0, 1, 2, 3, 4} : Slots{0, 1, 2, 3, 4, 5}; }

// The system and zone a string is read in: its own labels, or else the defaults.
struct Reading {
  std::string system;  // "UTC", "TDB", "TDT"; anything else (the default "TT", say) reads as UTC
  std::string zone;    // the zone text, for messages
  bool zoned = false;
  double hours = 0.0;
  double minutes = 0.0;
};

std::optional<ZoneOffset> zone_offset(std::string_view zone) {
  std::string buffer = "::" + std::string(zone.substr(0, kZoneWidth));
  buffer.resize(kZoneWidth + 2, ' ');
  return read_zone_offset(buffer, 0);
}

Result<Reading> reading_of(const ParsedTime& p, const TimeDefaults& defaults) {
  Reading r;
  if (p.zone.empty() && p.system.empty()) {
    r.system = defaults.system;
    r.zone = defaults.zone.substr(0, kZoneWidth);
    r.zoned = !defaults.zone.empty();
    // TIMDEF only stores zones that read; one that does not (set by hand) reads as no offset.
    if (const auto offset = zone_offset(defaults.zone); r.zoned && offset) {
      r.hours = offset->hours;
      r.minutes = offset->minutes;
    }
    return r;
  }
  r.system = p.system;
  if (!p.zone.empty()) {
    r.zone = p.zone.substr(0, kZoneWidth);
    r.zoned = true;
    const auto offset = zone_offset(p.zone);
    if (!offset) {
      return make_error("SPICE(TIMEZONEERROR)", r.zone + " is not a legitimate time zone specification.");
    }
    r.hours = offset->hours;
    r.minutes = offset->minutes;
  }
  return r;
}

bool dynamical(const std::string& system) { return system == "TDT" || system == "TDB"; }

Result<double> julian_date_to_et(const TimeKernel& kernel, const ParsedTime& p, const Reading& r) {
  TimeVectorKind kind = TimeVectorKind::JdUtc;
  if (r.system == "TDB") kind = TimeVectorKind::Jdtdb;
  if (r.system == "TDT") kind = TimeVectorKind::Jdtdt;
  TimeVector tvec = p.tvec;
  if (!(std::fabs(tvec[0]) < kLargestJulianDate))
    return bad("The Julian date " + std::to_string(tvec[0]) + " is out of range.");
  SC_TRY(transform_time_vector(kernel, kind, TimeVectorKind::Tdb, tvec));
  return tvec[0];
}

// TCHECK as STR2ET runs it for the default calendar. Julian dates may fall on Julian-only leap
// days (1500 FEB 29), so they pass if they pass either as written or four years later; when both
// fail, the diagnostic is the one for the date as written.
Status check_for_calendar(const TimeVector& tvec, ParsedKind kind, const CheckModifiers& mods,
                          const std::string& calendar) {
  const bool twice = calendar == "JULIAN" || (calendar == "MIXED" && tvec[0] < 1580.0);
  if (twice) {
    TimeVector later = tvec;
    later[0] += 4.0;
    if (check_components(later, kind, mods)) return {};
  }
  return check_components(tvec, kind, mods);
}

Status check_parsed(const ParsedTime& p, const Reading& r, const Slots& at, const std::string& calendar,
                    TimeVector& tvec, bool& adjusted) {
  // With a zone or a non-Gregorian calendar the leap second can only be checked on the Gregorian
  // UTC components, so a :60 passes now.
  adjusted = (r.zoned || calendar != "GREGORIAN") && tvec[at.second] >= 60.0 && tvec[at.second] < 61.0;
  if (adjusted) tvec[at.second] -= 1.0;
  const CheckModifiers mods{p.era == "B.C.", !p.ampm.empty(), p.ampm == "P.M."};
  SC_TRY(check_for_calendar(tvec, p.kind, mods, calendar));
  if (!(std::fabs(tvec[at.year]) <= kLargestYear))
    return bad("The year " + std::to_string(tvec[at.year]) + " is out of range.");
  if (adjusted) tvec[at.second] += 1.0;
  if (dynamical(r.system) && tvec[at.second] >= 60.0) {
    return bad("The seconds component of time must be less than 60 for any calendar representation of " + r.system +
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

// Whether the date is on the Julian calendar: always under JULIAN, before 5 Oct 1582 (day 278 of
// 1582) under MIXED.
bool julian_date(const std::string& calendar, ParsedKind kind, const Slots& at, const TimeVector& tvec) {
  if (calendar == "JULIAN") return true;
  if (calendar != "MIXED") return false;
  const double year = tvec[at.year];
  if (kind == ParsedKind::Yd) return year < 1582.0 || (year == 1582.0 && tvec[at.day] < 279.0);
  const double month = tvec[at.month];
  return year < 1582.0 || (year <= 1582.0 && month < 10.0) || (year <= 1582.0 && month <= 10.0 && tvec[at.day] < 6.0);
}

// JUL2GR on the whole days; the fraction of the day is carried over.
void julian_to_gregorian(ParsedKind kind, const Slots& at, TimeVector& tvec) {
  const std::int64_t year = detail::int_of(tvec[at.year]);
  const std::int64_t month = kind == ParsedKind::Yd ? 1 : detail::int_of(tvec[at.month]);
  const std::int64_t day = detail::int_of(tvec[at.day]);
  const double fraction = tvec[at.day] - static_cast<double>(day);
  const calendar::Date g = calendar::julian_to_gregorian(year, month, day);
  tvec[at.year] = static_cast<double>(g.year);
  if (kind == ParsedKind::Yd) {
    tvec[at.day] = static_cast<double>(g.day_of_year) + fraction;
  } else {
    tvec[at.month] = static_cast<double>(g.month);
    tvec[at.day] = static_cast<double>(g.day) + fraction;
  }
}

// STR2ET's explanation of a leap second that turned out not to be one (only possible with a zone
// or a Julian date): where in the year, in the zone and on the calendar given, a leap second may
// fall. `utc_year` is the year of the Gregorian UTC components. (Without an LSK the error is the
// missing kernel's.)
Error leap_second_diagnosis(const TimeKernel& kernel, std::string_view text, const Reading& r, bool julian,
                                    std::int64_t original_year, std::int64_t utc_year) {
  static constexpr std::array<std::string_view, 12> kMonths = {"January", "February", "March",     "April",
                                                               "May",     "June",     "July",      "August",
                                                               "September", "October", "November", "December"};
  std::string message;
  if (r.zoned && julian) {
    message = "The seconds component of '#' is out of range. On the Julian Calendar in the specified time zone  (#) "
              "leapseconds can occur during the year # only in the second that immediately follows the time #:#:59 "
              "on  # # and # #. ";
  } else if (r.zoned) {
    message = "The seconds component of '#' is out of range. In the specified time zone  (#) leapseconds can occur "
              "during the year # only in the second that immediately follows the time #:#:59 on  # # and # #.";
  } else {
    message = "The seconds component of '#' is out of range. Leapseconds can occur during the year # of the Julian "
              "calendar only in the second that immediately follows the time #:#:59  on # # and # #.' ";
  }
  message = text::repmc(message, "#", text);
  if (r.zoned) message = text::repmc(message, "#", r.zone);
  message = text::repmi(message, "#", original_year);

  // The last minute of June 30 and December 31 UTC, in the zone.
  double minute = r.minutes + 59.0;
  double extra = 0.0;
  if (minute > 59.0) {
    minute -= 60.0;
    extra = 1.0;
  } else if (minute < 0.0) {
    minute += 60.0;
    extra = -1.0;
  }
  double hour = r.hours + 23.0 + extra;
  if (hour > 23.0) hour -= 24.0;
  message = text::repmc(message, "#", dpfmt(hour, "0x"));
  message = text::repmc(message, "#", dpfmt(minute, "0x"));

  // Those dates in the year the string was written in (its Julian year for a Julian date).
  for (std::int64_t gyear = utc_year; gyear >= utc_year - 1; --gyear) {
    for (const auto& [month, day] : {std::pair{6.0, 30.0}, std::pair{12.0, 31.0}}) {
      TimeVector tvec{static_cast<double>(gyear), month, day, r.hours + 23.0, r.minutes + 59.0, 0.0};
      if (Status ok = transform_time_vector(kernel, TimeVectorKind::Ymdf, TimeVectorKind::Ymdf, tvec); !ok) {
        return std::move(ok).error();
      }
      calendar::Date date{detail::nint(tvec[0]), static_cast<int>(detail::nint(tvec[1])), detail::nint(tvec[2]), 0};
      if (julian) date = calendar::gregorian_to_julian(date.year, date.month, date.day);
      if (date.year == original_year) {
        message = text::repmc(message, "#", kMonths[static_cast<std::size_t>(date.month - 1)]);
        message = text::repmi(message, "#", date.day);
      }
    }
  }
  return bad(std::move(message));
}

Result<double> calendar_to_et(const TimeKernel& kernel, const ParsedTime& p, const Reading& r,
                              const std::string& calendar, std::string_view text) {
  const Slots at = slots_of(p.kind);
  const TimeVectorKind utc_kind = p.kind == ParsedKind::Yd ? TimeVectorKind::Yd : TimeVectorKind::Ymd;
  const TimeVectorKind formal_kind = p.kind == ParsedKind::Yd ? TimeVectorKind::Ydf : TimeVectorKind::Ymdf;

  TimeVector tvec = p.tvec;
  bool adjusted = false;
  SC_TRY(check_parsed(p, r, at, calendar, tvec, adjusted));
  apply_modifiers(p, at, tvec);

  const bool julian = julian_date(calendar, p.kind, at, tvec);
  const std::int64_t original_year = detail::int_of(tvec[at.year]);
  if (julian) julian_to_gregorian(p.kind, at, tvec);

  if (dynamical(r.system)) {
    SC_TRY(transform_time_vector(kernel, formal_kind, TimeVectorKind::Formal, tvec));
    if (r.system == "TDT") SC_TRY(transform_time_vector(kernel, TimeVectorKind::Tdt, TimeVectorKind::Tdb, tvec));
    return tvec[0];
  }
  if (r.zoned) {
    // Shift the clock to UTC on the formal calendar; the seconds (and a leap second) stay as given.
    tvec[at.hour] -= r.hours;
    tvec[at.minute] -= r.minutes;
    const double seconds = tvec[at.second];
    tvec[at.second] = 0.0;
    SC_TRY(transform_time_vector(kernel, formal_kind, formal_kind, tvec));
    tvec[at.second] = seconds;
  }
  if (adjusted && !check_components(tvec, p.kind, CheckModifiers{})) {
    return leap_second_diagnosis(kernel, text, r, julian, original_year, detail::int_of(tvec[at.year]));
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

Result<double> interpret(const pool::Pool& pool, const TimeDefaults& defaults, std::string_view text) {
  SC_TRY_ASSIGN(auto&& parsed, parse::parse_time_string(text));
  const ParsedTime& p = parsed;
  if (!p.zone.empty() && !p.system.empty()) {
    return make_error("SPICE(TIMECONFLICT)",
                      "Both a time system and time zone have been specified in the input string (" + p.system +
                          " and " + p.zone + "). These are inconsistent. A time zone is a fixed offset from UTC.");
  }
  auto reading = reading_of(p, defaults);
  if (!reading) return std::move(reading).error();
  const auto kept = time_kernel(pool);
  const TimeKernel& kernel = *kept;
  if (p.kind == ParsedKind::Jd) return julian_date_to_et(kernel, p, *reading);
  return calendar_to_et(kernel, p, *reading, defaults.calendar, text);
}

}  // namespace

Result<double> str2et(const pool::Pool& pool, const TimeDefaults& defaults, std::string_view text) {
  SC_TRY(require_text(text, "str"));
  auto et = interpret(pool, defaults, text);
  if (!et) return naming_input(std::move(et).error(), text);
  return et;
}

Result<double> str2et(const pool::Pool& pool, std::string_view text) { return str2et(pool, TimeDefaults{}, text); }

}  // namespace sc::time
