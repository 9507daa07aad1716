// Decimal text of doubles exactly as SPICELIB writes it (DPSTR, DPSTRF, DPFMT). These are not
// correctly rounded printf conversions: DPSTR scales by tabulated powers of ten and keeps at most
// 14 significant digits, and DPSTRF/DPFMT round that 14-digit text again at the requested place.
// The time strings of et2utc and timout depend on these digits, so they are reproduced step by step
// with + - * / only (identical on every IEEE-754 target without fused multiply-add).
#pragma once

#include <string>
#include <string_view>

namespace sc::time {

// DPSTR: scientific notation with `sigdig` (clamped to 1..14) significant digits, e.g.
// " 1.2345E+03" or "-6.0000000000000E-01"; the first character is the sign or a blank.
std::string dpstr(double x, int sigdig);

// DPSTRF with format 'F': fixed notation with `sigdig` (1..14) significant digits, led by the sign
// or a blank, e.g. " 2451545." for 7 digits of 2451544.9993.
std::string dpstrf(double x, int sigdig);

// DPFMT: `x` written to fit `picture` (up to its first blank): a leading '+' or '-' asks for a
// sign column, a leading '0' for zero padding, and the first '.' places the decimal point; other
// characters stand for digits. Too long a number switches to E notation or fills with '*'.
// Returns as many characters as the picture has.
std::string dpfmt(double x, std::string_view picture);

}  // namespace sc::time
