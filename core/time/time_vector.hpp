// Time vectors and the transformation between their kinds (SPICELIB's TTRANS): calendar forms
// (YMD, YD, YD.D, YWD, YMWD, each also as a formal "F" form without leap seconds), day-and-second
// forms, Julian date UTC, FORMAL seconds past J2000 and the uniform scales. Every conversion goes
// through (day number, seconds into the day) with the leap-second table, in CSPICE's order of
// operations, so results carry CSPICE's rounding.
#pragma once

#include <array>

#include "errors/result.hpp"
#include "time/leapseconds.hpp"

namespace sc::time {

enum class TimeVectorKind {
  DaySec,  // day number past 1 Jan 1 A.D., seconds past the start of that day
  Dp2000,  // days past 1 Jan 2000, seconds past the start of that day
  Formal,  // seconds past J2000 on the formal calendar (86400 s in every day)
  JdUtc,   // Julian date, formal calendar
  Tai,
  Tdt,
  Tdb,
  Jdtdt,
  Jdtdb,
  Ymd,   // year, month, day, hour, minute, second (UTC)
  Ymdf,  // the same on the formal calendar
  Yd,    // year, day of year, hour, minute, second
  Ydf,
  Ydd,  // year, day of year with the fraction of that day
  Yddf,
  Ywd,  // year, week of year, day of week (1 = Sunday), hour, minute, second
  Ywdf,
  Ymwd,  // year, month, week of month, day of week, hour, minute, second
  Ymwdf,
};

using TimeVector = std::array<double, 8>;

// Transforms `tvec` in place. Needs the leap-second table always (as TTRANS reads it first), and
// the uniform-scale constants when a uniform scale is involved; a missing part yields its error.
Status transform_time_vector(const TimeKernel& kernel, TimeVectorKind from, TimeVectorKind to, TimeVector& tvec);

}  // namespace sc::time
