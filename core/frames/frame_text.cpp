// Fortran string conventions for frame names (see frame_text.hpp).
#include "frames/frame_text.hpp"

namespace sc::frames::text {

std::string_view rtrim(std::string_view s) {
  const auto last = s.find_last_not_of(' ');
  return last == std::string_view::npos ? std::string_view{} : s.substr(0, last + 1);
}

std::string_view ltrim(std::string_view s) {
  const auto first = s.find_first_not_of(' ');
  return first == std::string_view::npos ? std::string_view{} : s.substr(first);
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::string fit(std::string_view s) { return std::string(rtrim(s.substr(0, std::min(s.size(), kNameLength)))); }

std::string frame_key(std::string_view name) { return upper(fit(ltrim(name))); }

std::string int_text(int value) { return std::to_string(value); }

}  // namespace sc::frames::text
