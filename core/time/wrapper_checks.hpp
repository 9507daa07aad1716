// The argument checks CSPICE's C wrappers make before calling SPICELIB (CHKFSTR): a string argument
// may be blank but not empty.
#pragma once

#include <string>
#include <string_view>

#include "errors/result.hpp"

namespace sc::time {

inline Status require_text(std::string_view value, std::string_view argument) {
  if (!value.empty()) return {};
  return make_error("SPICE(EMPTYSTRING)", "String \"" + std::string(argument) + "\" has length zero.");
}

}  // namespace sc::time
