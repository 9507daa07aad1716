// The EK query language's LIKE: CSPICE's MATCHI, a case-insensitive wildcard match where '*'
// matches any run of characters (none included) and '%' exactly one. Leading and trailing blanks
// of both the string and the pattern are ignored; a blank pattern matches only a blank string.
#pragma once

#include <string_view>

namespace sc::ek {

bool like_match(std::string_view string, std::string_view pattern);

}  // namespace sc::ek
