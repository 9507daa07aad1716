#include "time/time_check.hpp"

#include <array>
#include <string_view>

#include "time/calendar.hpp"
#include "time/decimal_format.hpp"
#include "time/fortran_numeric.hpp"

namespace sc::time {
namespace {

Error bad(std::string message) { return make_error("SPICE(BADTIMESTRING)", std::move(message)); }

// A component value for a message, like CSPICE's REPMD with `digits` significant digits.
std::string shown(double x, int digits) {
  std::string s = dpstr(x, digits);
  return s[0] == ' ' ? s.substr(1) : s;
}

constexpr std::array<std::string_view, 12> kMonthNames = {"January",   "February", "March",    "April",
                                                          "May",       "June",     "July",     "August",
                                                          "September", "October",  "November", "December"};
constexpr std::array<std::string_view, 4> kComponentNames = {"days", "hours", "minutes", "seconds"};

struct Layout {
  std::size_t day, hour, minute, second;  // indexes into the time vector
};

}  // namespace

Status check_components(const TimeVector& tvec, parse::ParsedKind kind, const CheckModifiers& mods) {
  const std::int64_t year = detail::nint(tvec[0]);
  const std::int64_t effective_year = mods.before_christ ? 1 - year : year;
  const double leap = calendar::is_gregorian_leap(effective_year) ? 1.0 : 0.0;
  std::array<double, 12> days_in_month = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  days_in_month[1] = leap + 28.0;
  const double days_in_year = leap + 365.0;
  const double june30 = leap + 181.0;
  const double hour_low = mods.twelve_hour ? 1.0 : 0.0;
  const double hour_high = mods.twelve_hour ? 13.0 : 24.0;

  if (kind != parse::ParsedKind::Ymd && kind != parse::ParsedKind::Yd) {
    return bad("Only year-month-day and year-day-of-year time vectors can be checked.");
  }
  if (tvec[0] != static_cast<double>(year)) {
    return bad("The year value was " + shown(tvec[0], 8) + ". This must be an integral value.");
  }
  Layout at{};
  double doy = 0.0;
  if (kind == parse::ParsedKind::Yd) {
    at = {1, 2, 3, 4};
    doy = tvec[1];
    if (tvec[1] >= days_in_year + 1.0 || tvec[1] < 1.0) {
      return bad("Day " + shown(tvec[1], 8) + " has been specified for the year " + std::to_string(year) +
                 ". The correct range for the day of year for this year is from 1 to " +
                 std::to_string(static_cast<int>(days_in_year)) + ".");
    }
  } else {
    at = {2, 3, 4, 5};
    const std::int64_t month = detail::nint(tvec[1]);
    if (tvec[1] != static_cast<double>(month)) {
      return bad("The month specified, " + shown(tvec[1], 3) +
                 ", was not an integer. The month must be an integer in the range from 1 to 12.");
    }
    if (tvec[1] < 1.0 || tvec[1] > 12.0) {
      return bad("The month specified was " + std::to_string(month) +
                 ". The month must be an integer in the range from 1 to 12 (inclusive).");
    }
    const auto m = static_cast<std::size_t>(month - 1);
    if (tvec[2] < 1.0 || tvec[2] >= days_in_month[m] + 1.0) {
      return bad("The day of the month specified for the month of " + std::string(kMonthNames[m]) + " was " +
                 shown(tvec[2], 3) + ". For " + std::string(kMonthNames[m]) +
                 " the day must be at least 1.0 and less than " + shown(days_in_month[m] + 1.0, 2) + ".");
    }
    for (std::size_t i = 0; i < m; ++i) doy += days_in_month[i];
    doy += tvec[2];
  }

  const double hours = tvec[at.hour];
  const double minutes = tvec[at.minute];
  const double seconds = tvec[at.second];
  if (hours >= hour_high || hours < hour_low) {
    return bad("The hours component of the time specified was " + shown(hours, 2) +
               (mods.twelve_hour ? ". When either A.M. or P.M. is specified with the time the hours component must "
                                   "be at least 1.0 and less than 13.0."
                                 : ". The hours component must be greater than or equal to 0.0 and less than 24.0."));
  }
  if (minutes >= 60.0 || minutes < 0.0) {
    return bad("The minutes component of the time specified was " + shown(minutes, 2) +
               ". This value must be greater than or equal to 0.0 and less than 60.0.");
  }
  if (seconds >= 60.0 || seconds < 0.0) {
    // A leap second: the last minute of June 30 or December 31.
    const bool last_day = doy == days_in_year || doy == june30;
    const bool leap_second =
        seconds < 61.0 && seconds > 0.0 && minutes == 59.0 && last_day && (hours == 23.0 || (hours == 11.0 && mods.pm));
    if (!leap_second) {
      return bad(
          "The seconds component of time must be at least 0.0 and less than 60.0 (61.0 during the last "
          "minute of June 30 and December 31). The value supplied was " +
          shown(seconds, 8) + ".");
    }
  }
  // A fraction is allowed only in the least significant component given.
  for (std::size_t i = at.day; i <= at.minute; ++i) {
    if (tvec[i] == static_cast<double>(detail::nint(tvec[i]))) continue;
    for (std::size_t j = i + 1; j <= at.second; ++j) {
      if (tvec[j] != 0.0) {
        return bad("The '" + std::string(kComponentNames[i - at.day]) +
                   "' component of the date has a fractional component. This is allowed only if all components of "
                   "lesser significance have value 0.0. However the '" +
                   std::string(kComponentNames[j - at.day]) + "' component has value " + shown(tvec[j], 2) + ".");
      }
    }
  }
  return {};
}

std::int64_t expand_year(std::int64_t year) {
  constexpr std::int64_t kCentury = 1900;
  constexpr std::int64_t kLowerBound = 1969;
  if (year >= 100 || year < 0) return year;
  year += kCentury;
  return year < kLowerBound ? year + 100 : year;
}

}  // namespace sc::time
