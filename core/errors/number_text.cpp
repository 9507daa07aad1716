#include "errors/number_text.hpp"

#include <cstdio>

namespace sc {

std::string number_text(double d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.17g", d);
  return buf;
}

std::string epoch_text(double et) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6f", et);
  return std::string("ET ") + buf + " (TDB seconds past J2000)";
}

}  // namespace sc
