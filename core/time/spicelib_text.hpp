// The SPICELIB string routines CSPICE builds its time-parsing messages with (REPMC, REPMI,
// PREFIX, SUFFIX, ZZINSSUB). The messages of tparse, tpictr and str2et are compared with CSPICE's
// character for character, so they are assembled the same way: blanks trimmed where these
// routines trim them and kept where they keep them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sc::time::text {

// REPMC (and ERRCH): the first occurrence of `marker` replaced by `value` without its leading and
// trailing blanks, or by one blank if `value` is blank. No marker: `in` unchanged.
inline std::string repmc(std::string_view in, std::string_view marker, std::string_view value) {
  const std::size_t at = in.find(marker);
  if (marker.empty() || at == std::string_view::npos) return std::string(in);
  const std::size_t first = value.find_first_not_of(' ');
  const std::string_view inserted =
      first == std::string_view::npos ? std::string_view(" ") : value.substr(first, value.find_last_not_of(' ') - first + 1);
  std::string out(in.substr(0, at));
  out += inserted;
  out += in.substr(at + marker.size());
  return out;
}

// REPMI: the same with an integer written in decimal.
inline std::string repmi(std::string_view in, std::string_view marker, long long value) {
  return repmc(in, marker, std::to_string(value));
}

// PREFIX: `pref` without its trailing blanks, `spaces` blanks, then `s` (its leading blanks kept).
inline std::string prefix(std::string_view pref, int spaces, std::string_view s) {
  const std::size_t last = pref.find_last_not_of(' ');
  std::string out(last == std::string_view::npos ? std::string_view() : pref.substr(0, last + 1));
  out.append(static_cast<std::size_t>(spaces > 0 ? spaces : 0), ' ');
  out += s;
  return out;
}

// SUFFIX: `s` without its trailing blanks, `spaces` blanks, then `suff`.
inline std::string suffix(std::string_view s, int spaces, std::string_view suff) {
  const std::size_t last = s.find_last_not_of(' ');
  std::string out(last == std::string_view::npos ? std::string_view() : s.substr(0, last + 1));
  out.append(static_cast<std::size_t>(spaces > 0 ? spaces : 0), ' ');
  out += suff;
  return out;
}

// ZZINSSUB: `sub` inserted before the 0-based position `at` (past the end appends).
inline std::string insert(std::string_view s, std::string_view sub, std::size_t at) {
  if (at > s.size()) at = s.size();
  std::string out(s.substr(0, at));
  out += sub;
  out += s.substr(at);
  return out;
}

// The message text CSPICE hands back: its trailing blanks removed (the C wrappers trim them).
inline std::string trimmed(std::string s) {
  const std::size_t last = s.find_last_not_of(' ');
  s.resize(last == std::string::npos ? 0 : last + 1);
  return s;
}

}  // namespace sc::time::text
