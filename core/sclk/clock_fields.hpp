// Clock strings without a partition <-> tick counts for one type 1 clock: CSPICE N0067's SCTK01
// and SCFM01 (sc01.f), with LPARSM's splitting of the string into fields.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "errors/result.hpp"
#include "sclk/clock_kernel.hpp"

namespace sc::sclk {

// LPARSM(list, ".:-, ", 10): the fields of a clock string. Blanks around a field are dropped; a
// run of blanks next to another delimiter is part of that delimiter; an empty field is " "; a
// blank string is one blank field; at most `max_items` fields (the rest is ignored).
std::vector<std::string> split_clock_fields(std::string_view text, std::size_t max_items = 10);

// SCTK01: tick count of a clock string without partition.
Result<double> clock_string_to_ticks(const Clock01& clock, std::string_view clkstr);

// SCFM01: clock string of a tick count (rounded to a whole tick).
Result<std::string> ticks_to_clock_string(const Clock01& clock, double ticks);

}  // namespace sc::sclk
