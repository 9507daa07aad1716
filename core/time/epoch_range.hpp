// The epochs et2utc and timout accept. CSPICE counts days in 32-bit integers and has no guard for
// NaN, infinities or epochs beyond about 5.8 million years (2^31 days), where its output is
// garbage; here those are errors, and every calendar computation stays exact and bounded.
#pragma once

#include <cmath>
#include <string>

#include "errors/result.hpp"

namespace sc::time {

inline constexpr double kLargestCalendarEpoch = 1.8e14;  // seconds past J2000, about 5.7 million years

inline Status require_calendar_epoch(double et) {
  if (std::fabs(et) <= kLargestCalendarEpoch) return {};
  return make_error("SPICE(VALUEOUTOFRANGE)", "The epoch " + std::to_string(et) +
                                                  " is not a finite number of seconds within 1.8e14 s of J2000; it "
                                                  "cannot be written as a calendar date.");
}

}  // namespace sc::time
