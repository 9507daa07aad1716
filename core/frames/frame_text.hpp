// Fortran string conventions the frame subsystem's look-ups depend on. CSPICE keeps frame names
// and kernel variable names in CHARACTER*32 buffers: text is left-justified (LJUST) or not, cut to
// 32 characters, and trailing blanks never count in comparisons. Reproducing the cuts matters: a
// 30-character frame name gives a kernel variable FRAME_<first 26 characters>.
#pragma once

#include <string>
#include <string_view>

namespace sc::frames::text {

inline constexpr std::size_t kNameLength = 32;  // CSPICE's WDSIZE / FRNMLN / MAXLEN for these names

// Drops trailing blanks (Fortran comparisons ignore them).
std::string_view rtrim(std::string_view s);
// LJUST: leading blanks removed.
std::string_view ltrim(std::string_view s);
// ASCII upper case (UCASE).
std::string upper(std::string_view s);
// The text as a CHARACTER*32 variable would hold it, trailing blanks dropped.
std::string fit(std::string_view s);
// NAMFRM's key for a frame name: left-justified, upper-cased, cut to 32 characters.
std::string frame_key(std::string_view name);
// INTSTR: the decimal form of an integer.
std::string int_text(int value);

}  // namespace sc::frames::text
