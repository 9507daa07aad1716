// Calendar arithmetic on day numbers (days past 1 January of 1 A.D. on the proleptic Gregorian
// calendar, day 0), with CSPICE's conventions: year 0 is 1 B.C., months and days outside their
// usual ranges roll over, and the Julian calendar is reached through a fixed day offset.
#pragma once

#include <array>
#include <cstdint>

#include "time/fortran_numeric.hpp"

namespace sc::time::calendar {

inline constexpr std::int64_t kDaysPer400Years = 146097;
inline constexpr std::int64_t kDaysPer100Years = 36524;
inline constexpr std::int64_t kDaysPer4Years = 1461;
inline constexpr std::int64_t kDaysPerYear = 365;

inline constexpr std::array<std::int64_t, 12> kDaysBeforeMonth = {0,   31,  59,  90,  120, 151,
                                                                  181, 212, 243, 273, 304, 334};
inline constexpr std::array<std::int64_t, 12> kDaysBeforeMonthLeap = {0,   31,  60,  91,  121, 152,
                                                                      182, 213, 244, 274, 305, 335};

constexpr bool is_gregorian_leap(std::int64_t year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }
constexpr bool is_julian_leap(std::int64_t year) { return year % 4 == 0; }

// Day number of `day` (any value) of `month` (1..12) of `year` (>= 1).
constexpr std::int64_t day_number(std::int64_t year, int month, std::int64_t day) {
  const std::int64_t y = year - 1;
  const std::int64_t leap = (month > 2 && is_gregorian_leap(year)) ? 1 : 0;
  return y * kDaysPerYear + y / 4 - y / 100 + y / 400 + kDaysBeforeMonth[month - 1] + leap + day - 1;
}

// The same for any year: years <= 0 are first moved into 1..400 by whole 400-year cycles, as
// TTRANS does.
constexpr std::int64_t day_number_any_year(std::int64_t year, int month, std::int64_t day) {
  if (year > 0) return day_number(year, month, day);
  auto [cycles, in_cycle] = detail::rmaini(year, 400);
  if (in_cycle == 0) {
    in_cycle = 400;
    cycles -= 1;
  }
  return day_number(in_cycle, month, day) + cycles * kDaysPer400Years;
}

struct YearAndDay {
  std::int64_t year;
  std::int64_t day_of_year;  // 1-based
};
YearAndDay year_and_day(std::int64_t day_number);

struct MonthAndDay {
  int month;
  std::int64_t day;
};
// Month and day of month of a day of year (1..366) of a Gregorian year.
MonthAndDay month_and_day(std::int64_t year, std::int64_t day_of_year);

// 0 for Sunday .. 6 for Saturday.
std::int64_t weekday(std::int64_t day_number);

// A calendar date with its day of year. Month arguments outside 1..12 roll into the year.
struct Date {
  std::int64_t year;
  int month;
  std::int64_t day;
  std::int64_t day_of_year;
};
Date julian_to_gregorian(std::int64_t year, std::int64_t month, std::int64_t day);  // JUL2GR
Date gregorian_to_julian(std::int64_t year, std::int64_t month, std::int64_t day);  // GR2JUL

}  // namespace sc::time::calendar
