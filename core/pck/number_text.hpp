// Doubles in error messages: 17 significant digits, so the value in the message is the value read.
#pragma once

#include <cstdio>
#include <string>

namespace sc::pck {

inline std::string number_text(double d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.17g", d);
  return buf;
}

}  // namespace sc::pck
