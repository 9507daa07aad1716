// Fixed numbers of the SPICE time system (SPD, J2000, J1950 and the reference days TTRANS uses).
#pragma once

#include <cstdint>

#include "math/constants.hpp"
#include "time/calendar.hpp"

namespace sc::time {

using math::kSecondsPerDay;
inline constexpr double kHalfDay = kSecondsPerDay / 2.0;
inline constexpr double kJ2000 = math::kJ2000JulianDate;  // Julian date of 2000 JAN 01 12:00:00
inline constexpr double kJ1950 = 2433282.5;  // Julian date of 1950 JAN 01 00:00:00

// Day numbers (days past 1 Jan 1 A.D., Gregorian) of 1 Jan 2000 and of Sunday 6 Jan 1991, the
// reference TTRANS counts weekdays from.
inline constexpr std::int64_t kDayNumberOfJ2000Date = calendar::day_number(2000, 1, 1);
inline constexpr std::int64_t kReferenceSunday = calendar::day_number(1991, 1, 6);

// Julian date (UTC, formal calendar) of the start of day number 0, 1 Jan 1 A.D.
inline constexpr double kJulianDateOfDayZero = kJ2000 - static_cast<double>(kDayNumberOfJ2000Date) - 0.5;

}  // namespace sc::time
