#include "time/time_vector.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>

#include "time/calendar.hpp"
#include "time/fortran_numeric.hpp"
#include "time/time_constants.hpp"
#include "time/uniform_time.hpp"

namespace sc::time {
namespace {

using detail::int_of;
using detail::rmaind;
using detail::rmaini;

bool is_formal(TimeVectorKind k) {
  switch (k) {
    case TimeVectorKind::Formal:
    case TimeVectorKind::JdUtc:
    case TimeVectorKind::Ymdf:
    case TimeVectorKind::Ydf:
    case TimeVectorKind::Yddf:
    case TimeVectorKind::Ywdf:
    case TimeVectorKind::Ymwdf: return true;
    default: return false;
  }
}

bool has_year(TimeVectorKind k) {
  switch (k) {
    case TimeVectorKind::Ymd:
    case TimeVectorKind::Ymdf:
    case TimeVectorKind::Yd:
    case TimeVectorKind::Ydf:
    case TimeVectorKind::Ydd:
    case TimeVectorKind::Yddf:
    case TimeVectorKind::Ywd:
    case TimeVectorKind::Ywdf:
    case TimeVectorKind::Ymwd:
    case TimeVectorKind::Ymwdf: return true;
    default: return false;
  }
}

std::optional<UniformScale> uniform_of(TimeVectorKind k) {
  switch (k) {
    case TimeVectorKind::Tai: return UniformScale::Tai;
    case TimeVectorKind::Tdt: return UniformScale::Tdt;
    case TimeVectorKind::Tdb: return UniformScale::Tdb;
    case TimeVectorKind::Jdtdt: return UniformScale::Jdtdt;
    case TimeVectorKind::Jdtdb: return UniformScale::Jdtdb;
    default: return std::nullopt;
  }
}

// A moment as TTRANS holds it between input and output.
struct DaySeconds {
  std::int64_t day = 0;  // day number past 1 Jan 1 A.D.
  double seconds = 0.0;  // seconds past the start of that day (may exceed a day on input)
};

struct Tables {
  std::span<const double> tai;
  std::span<const std::int64_t> day;
  std::size_t rows;

  // 1-based row of the last TAI entry <= t, and of the last day entry <= d (0 when none).
  std::size_t tai_row(double t) const { return detail::last_at_most(t, tai.first(rows)); }
  std::size_t day_row(std::int64_t d) const { return detail::last_at_most(d, day.first(rows)); }
  static bool in_leap_day(std::size_t row) { return row % 2 == 1; }

  // Length of the day at day number d: 86400 s unless it ends with a leap second.
  double day_length(std::int64_t d) const {
    const std::size_t row = day_row(d);
    return in_leap_day(row) ? tai[row] - tai[row - 1] : kSecondsPerDay;
  }

  DaySeconds from_tai(double t) const {
    std::size_t row = tai_row(t);
    if (in_leap_day(row)) return {day[row - 1], t - tai[row - 1]};
    row = std::max<std::size_t>(row, 1);
    const auto [days, secs] = rmaind(t - tai[row - 1], kSecondsPerDay);
    return {int_of(days) + day[row - 1], secs};
  }

  double to_tai(DaySeconds ds) const {
    const std::size_t row = std::max<std::size_t>(1, day_row(ds.day));
    const double secs = ds.seconds + static_cast<double>(ds.day - day[row - 1]) * kSecondsPerDay;
    return tai[row - 1] + secs;
  }
};

double clock_seconds(double hours, double minutes, double seconds) { return hours * 3600.0 + minutes * 60.0 + seconds; }

// Start of (year, month) with month rolled into 1..12 first when `roll_month`.
std::int64_t day_of_month_start(std::int64_t year, std::int64_t month, std::int64_t day) {
  const auto [years, month0] = rmaini(month - 1, 12);
  return calendar::day_number_any_year(year + years, static_cast<int>(month0 + 1), day);
}

// Day of the `wkday`-th weekday (1 = Sunday) on or after `first`, `week` weeks later.
std::int64_t nth_weekday(std::int64_t first, std::int64_t week, std::int64_t wkday) {
  const std::int64_t first_weekday = calendar::weekday(first) + 1;
  const std::int64_t offset = rmaini(wkday - first_weekday, 7).remainder;
  return first + week * 7 + offset;
}

Result<DaySeconds> input_moment(const TimeKernel& k, const Tables& t, TimeVectorKind from, TimeVectorKind to,
                                TimeVector& tv, bool& done) {
  switch (from) {
    case TimeVectorKind::Ymd:
    case TimeVectorKind::Ymdf: {
      // TTRANS rolls the month into the year, then counts the day from the month's start.
      const std::int64_t day = day_of_month_start(int_of(tv[0]), int_of(tv[1]), int_of(tv[2]));
      return DaySeconds{day, clock_seconds(tv[3], tv[4], tv[5])};
    }
    case TimeVectorKind::Yd:
    case TimeVectorKind::Ydf: {
      const std::int64_t day = calendar::day_number_any_year(int_of(tv[0]), 1, int_of(tv[1]));
      return DaySeconds{day, clock_seconds(tv[2], tv[3], tv[4])};
    }
    case TimeVectorKind::Ydd:
    case TimeVectorKind::Yddf: {
      const std::int64_t doy = int_of(tv[1]);
      const double frac = tv[1] - static_cast<double>(doy);
      const std::int64_t day = calendar::day_number_any_year(int_of(tv[0]), 1, doy);
      const double length = from == TimeVectorKind::Yddf ? kSecondsPerDay : t.day_length(day);
      return DaySeconds{day, frac * length};
    }
    case TimeVectorKind::Formal: {
      const auto [days, secs] = rmaind(tv[0] + kHalfDay, kSecondsPerDay);
      return DaySeconds{int_of(days) + kDayNumberOfJ2000Date, secs};
    }
    case TimeVectorKind::JdUtc: {
      const auto [days, secs] = rmaind((tv[0] - kJulianDateOfDayZero) * kSecondsPerDay, kSecondsPerDay);
      return DaySeconds{int_of(days), secs};
    }
    case TimeVectorKind::DaySec: return DaySeconds{int_of(tv[0]), tv[1]};
    case TimeVectorKind::Dp2000: return DaySeconds{int_of(tv[0]) + kDayNumberOfJ2000Date, tv[1]};
    case TimeVectorKind::Ywd:
    case TimeVectorKind::Ywdf: {
      const std::int64_t first = calendar::day_number_any_year(int_of(tv[0]), 1, 1);
      const std::int64_t day = nth_weekday(first, int_of(tv[1]) - 1, int_of(tv[2]));
      return DaySeconds{day, clock_seconds(tv[3], tv[4], tv[5])};
    }
    case TimeVectorKind::Ymwd:
    case TimeVectorKind::Ymwdf: {
      const std::int64_t first = day_of_month_start(int_of(tv[0]), int_of(tv[1]), 1);
      const std::int64_t day = nth_weekday(first, int_of(tv[2]) - 1, int_of(tv[3]));
      return DaySeconds{day, clock_seconds(tv[4], tv[5], tv[6])};
    }
    default: break;
  }
  // A uniform scale. To another uniform scale TTRANS converts directly (UNITIM).
  if (!k.uniform) return k.uniform.error();
  const UniformScale in = *uniform_of(from);
  if (auto out = uniform_of(to)) {
    tv[0] = convert_uniform(*k.uniform, tv[0], in, *out);
    done = true;
    return DaySeconds{};
  }
  return t.from_tai(convert_uniform(*k.uniform, tv[0], in, UniformScale::Tai));
}

// Brings the seconds into the day they belong to: formal inputs roll over every 86400 s; for UTC
// the leap-second table decides the length of each day.
DaySeconds normalise(const Tables& t, DaySeconds ds, TimeVectorKind from, TimeVectorKind to) {
  if (is_formal(from)) {
    const auto [days, secs] = rmaind(ds.seconds, kSecondsPerDay);
    ds.day += int_of(days);
    ds.seconds = secs;
  }
  if (!(is_formal(to) && is_formal(from)) && (ds.seconds > kSecondsPerDay - 1.0 || ds.seconds < 0.0)) {
    ds = t.from_tai(t.to_tai(ds));
  }
  // On a formal calendar the clock stands still during a positive leap second.
  if (is_formal(to) && ds.seconds > kSecondsPerDay) {
    ds.day += 1;
    ds.seconds = 0.0;
  }
  return ds;
}

struct CalendarParts {
  std::int64_t year = 0;
  int month = 1;
  std::int64_t day = 1;
  std::int64_t day_of_year = 1;
  double hours = 0.0;
  double minutes = 0.0;
  double seconds = 0.0;
};

CalendarParts calendar_parts(DaySeconds ds) {
  CalendarParts p;
  const calendar::YearAndDay yd = calendar::year_and_day(ds.day);
  const calendar::MonthAndDay md = calendar::month_and_day(yd.year, yd.day_of_year);
  p.year = yd.year;
  p.day_of_year = yd.day_of_year;
  p.month = md.month;
  p.day = md.day;
  // Only the part of the day below 86399 s is split into hours and minutes; a leap second stays
  // in the seconds (23:59:60.x).
  const double extra = std::max(0.0, ds.seconds - kSecondsPerDay + 1.0);
  const auto [hours, rest] = rmaind(ds.seconds - extra, 3600.0);
  const auto [minutes, secs] = rmaind(rest, 60.0);
  p.hours = hours;
  p.minutes = minutes;
  p.seconds = secs + extra;
  return p;
}

Status output_vector(const TimeKernel& k, const Tables& t, DaySeconds ds, TimeVectorKind to, TimeVector& tv) {
  const CalendarParts p = has_year(to) ? calendar_parts(ds) : CalendarParts{};
  const double year = static_cast<double>(p.year);
  switch (to) {
    case TimeVectorKind::Ymd:
    case TimeVectorKind::Ymdf:
      tv = {year, static_cast<double>(p.month), static_cast<double>(p.day), p.hours, p.minutes, p.seconds, tv[6],
            tv[7]};
      return {};
    case TimeVectorKind::Yd:
    case TimeVectorKind::Ydf:
      tv[0] = year;
      tv[1] = static_cast<double>(p.day_of_year);
      tv[2] = p.hours;
      tv[3] = p.minutes;
      tv[4] = p.seconds;
      return {};
    case TimeVectorKind::Ydd:
      tv[0] = year;
      tv[1] = static_cast<double>(p.day_of_year) + ds.seconds / t.day_length(ds.day);
      return {};
    case TimeVectorKind::Yddf:
      tv[0] = year;
      tv[1] = static_cast<double>(p.day_of_year) + ds.seconds / kSecondsPerDay;
      return {};
    case TimeVectorKind::Formal:
      tv[0] = static_cast<double>(ds.day - kDayNumberOfJ2000Date) * kSecondsPerDay - kHalfDay + ds.seconds;
      return {};
    case TimeVectorKind::JdUtc:
      tv[0] = kJulianDateOfDayZero + static_cast<double>(ds.day) + ds.seconds / kSecondsPerDay;
      return {};
    case TimeVectorKind::DaySec:
      tv[0] = static_cast<double>(ds.day);
      tv[1] = ds.seconds;
      return {};
    case TimeVectorKind::Dp2000:
      tv[0] = static_cast<double>(ds.day - kDayNumberOfJ2000Date);
      tv[1] = ds.seconds;
      return {};
    case TimeVectorKind::Ywd:
    case TimeVectorKind::Ywdf:
      tv[0] = year;
      tv[1] = static_cast<double>((p.day_of_year - 1) / 7 + 1);
      tv[2] = static_cast<double>(calendar::weekday(ds.day)) + 1.0;
      tv[3] = p.hours;
      tv[4] = p.minutes;
      tv[5] = p.seconds;
      return {};
    case TimeVectorKind::Ymwd:
    case TimeVectorKind::Ymwdf: {
      const std::int64_t month_start = calendar::day_number_any_year(p.year, p.month, 1);
      tv = {year,
            static_cast<double>(p.month),
            static_cast<double>((ds.day - month_start) / 7 + 1),
            static_cast<double>(calendar::weekday(ds.day)) + 1.0,
            p.hours,
            p.minutes,
            p.seconds,
            tv[7]};
      return {};
    }
    default: break;
  }
  if (!k.uniform) return k.uniform.error();
  tv[0] = convert_uniform(*k.uniform, t.to_tai(ds), UniformScale::Tai, *uniform_of(to));
  return {};
}

}  // namespace

Status transform_time_vector(const TimeKernel& kernel, TimeVectorKind from, TimeVectorKind to, TimeVector& tvec) {
  if (!kernel.leaps) return kernel.leaps.error();
  const Tables tables{kernel.leaps->tai, kernel.leaps->day, kernel.leaps->rows};
  bool done = false;
  SC_TRY_ASSIGN(auto&& moment, input_moment(kernel, tables, from, to, tvec, done));
  if (done) return {};
  return output_vector(kernel, tables, normalise(tables, moment, from, to), to, tvec);
}

}  // namespace sc::time
