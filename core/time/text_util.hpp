// Small string helpers for the time routines (ASCII only, locale independent).
#pragma once

#include <string>
#include <string_view>

namespace sc::time {

inline char upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }
inline char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

inline std::string to_upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = upper(c);
  return out;
}

inline std::string to_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

inline std::string_view rtrim(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

inline std::string_view ltrim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  return s;
}

// A name argument as CSPICE reads it: copied into a Fortran variable of `width` characters
// (longer text is cut), upper-cased, compared with trailing blanks ignored.
inline std::string fortran_word(std::string_view s, std::size_t width) {
  return to_upper(rtrim(s.substr(0, width < s.size() ? width : s.size())));
}

}  // namespace sc::time
