#include "time/calendar.hpp"

#include <algorithm>
#include <span>

#include "time/time_constants.hpp"

namespace sc::time::calendar {
namespace {

// Gregorian 15 Oct 1582 and Julian 5 Oct 1582 are the same day; counting Julian days from the
// Julian 1 Jan 1 A.D., the two counts differ by this constant.
constexpr std::int64_t julian_day_number_raw(std::int64_t year, int month, std::int64_t day) {
  const std::int64_t y = year - 1;
  const std::int64_t leap = (month > 2 && is_julian_leap(year)) ? 1 : 0;
  return y * kDaysPerYear + y / 4 + kDaysBeforeMonth[month - 1] + leap + day - 1;
}
constexpr std::int64_t kGregorianMinusJulian = day_number(1582, 10, 15) - julian_day_number_raw(1582, 10, 5);

struct MonthRoll {
  std::int64_t year;
  int month;
};
MonthRoll roll_month(std::int64_t year, std::int64_t month) {
  const auto [years, month0] = detail::rmaini(month - 1, 12);
  return {year + years, static_cast<int>(month0 + 1)};
}

}  // namespace

YearAndDay year_and_day(std::int64_t day_number) {
  auto [cycles400, rem] = detail::rmaini(day_number, kDaysPer400Years);
  const std::int64_t cycles100 = std::min<std::int64_t>(3, rem / kDaysPer100Years);
  rem -= cycles100 * kDaysPer100Years;
  const std::int64_t cycles4 = std::min<std::int64_t>(24, rem / kDaysPer4Years);
  rem -= cycles4 * kDaysPer4Years;
  const std::int64_t years = std::min<std::int64_t>(3, rem / kDaysPerYear);
  rem -= years * kDaysPerYear;
  return {cycles400 * 400 + cycles100 * 100 + cycles4 * 4 + years + 1, rem + 1};
}

MonthAndDay month_and_day(std::int64_t year, std::int64_t day_of_year) {
  const auto& table = is_gregorian_leap(year) ? kDaysBeforeMonthLeap : kDaysBeforeMonth;
  // LSTLTI: the last month starting before the day; 0 (day of year < 1) reads as January.
  const std::size_t month =
      std::max<std::size_t>(1, detail::last_below(day_of_year, std::span<const std::int64_t>(table)));
  return {static_cast<int>(month), day_of_year - table[month - 1]};
}

std::int64_t weekday(std::int64_t day_number) { return detail::rmaini(day_number - kReferenceSunday, 7).remainder; }

Date julian_to_gregorian(std::int64_t year, std::int64_t month, std::int64_t day) {
  auto [y, m] = roll_month(year, month);
  std::int64_t offset = 0;
  if (y <= 0) {
    auto [cycles, in_cycle] = detail::rmaini(y, 4);
    if (in_cycle == 0) {
      in_cycle = 4;
      cycles -= 1;
    }
    y = in_cycle;
    offset = cycles * kDaysPer4Years;
  }
  const std::int64_t gregorian_day = julian_day_number_raw(y, m, day) + offset + kGregorianMinusJulian;
  const YearAndDay yd = year_and_day(gregorian_day);
  const MonthAndDay md = month_and_day(yd.year, yd.day_of_year);
  return {yd.year, md.month, md.day, yd.day_of_year};
}

Date gregorian_to_julian(std::int64_t year, std::int64_t month, std::int64_t day) {
  const auto [y, m] = roll_month(year, month);
  const std::int64_t julian_day = day_number_any_year(y, m, day) - kGregorianMinusJulian;
  const auto [cycles4, rem4] = detail::rmaini(julian_day, kDaysPer4Years);
  const std::int64_t years = std::min<std::int64_t>(3, rem4 / kDaysPerYear);
  const std::int64_t day_of_year = rem4 - years * kDaysPerYear + 1;
  const std::int64_t jyear = cycles4 * 4 + years + 1;
  const auto& table = is_julian_leap(jyear) ? kDaysBeforeMonthLeap : kDaysBeforeMonth;
  const std::size_t jmonth =
      std::max<std::size_t>(1, detail::last_below(day_of_year, std::span<const std::int64_t>(table)));
  return {jyear, static_cast<int>(jmonth), day_of_year - table[jmonth - 1], day_of_year};
}

}  // namespace sc::time::calendar
