// Names (files, variables, corrections, time strings) appear in messages between single quotes,
// one way across the core, so a message reads the same whichever layer wrote it.
#pragma once

#include <string>
#include <string_view>

namespace sc {

inline std::string quoted(std::string_view s) {
  std::string out;  // appended piecewise: "'" + std::string(s) trips GCC 12's -Wrestrict false positive
  out.reserve(s.size() + 2);
  out += '\'';
  out += s;
  out += '\'';
  return out;
}

}  // namespace sc
