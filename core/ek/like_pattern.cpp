#include "ek/like_pattern.hpp"

namespace sc::ek {
namespace {

constexpr char kAny = '*';
constexpr char kOne = '%';

char upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }
bool same(char a, char b) { return upper(a) == upper(b); }

// 1-based positions of the first and last non-blank characters (0 when blank), as FRSTNB/LASTNB.
int first_nonblank(std::string_view s) {
  const auto i = s.find_first_not_of(' ');
  return i == std::string_view::npos ? 0 : static_cast<int>(i) + 1;
}
int last_nonblank(std::string_view s) {
  const auto i = s.find_last_not_of(' ');
  return i == std::string_view::npos ? 0 : static_cast<int>(i) + 1;
}

}  // namespace

// The scan follows MATCHI's: the literal prefix before the first '*', then each run of non-'*'
// characters found at its leftmost place, the last run anchored at the string's end.
bool like_match(std::string_view string, std::string_view pattern) {
  auto s = [&](int i) { return string[static_cast<std::size_t>(i - 1)]; };
  auto t = [&](int i) { return pattern[static_cast<std::size_t>(i - 1)]; };
  const int s_first = first_nonblank(string), s_last = last_nonblank(string);
  const int t_first = first_nonblank(pattern), t_last = last_nonblank(pattern);
  if (t_last == 0) return s_last == 0;
  int sc = s_first > 1 ? s_first : 1;
  int tc = t_first;

  while (tc <= t_last && sc <= s_last && t(tc) != kAny) {
    if (!same(t(tc), s(sc)) && t(tc) != kOne) return false;
    ++tc;
    ++sc;
  }
  if (tc > t_last) return sc > s_last;
  if (sc > s_last) {
    for (int i = tc; i <= t_last; ++i) {
      if (t(i) != kAny) return false;
    }
    return true;
  }

  auto skip_any = [&] {
    while (tc <= t_last && t(tc) == kAny) ++tc;
  };
  skip_any();
  if (tc > t_last) return true;
  int left = tc;
  while (tc <= t_last && t(tc) != kAny) ++tc;
  int right = tc - 1;

  while (left <= t_last) {
    if (s_last - sc < right - left) return false;
    if (right == t_last) {
      // The last run must match the end of the string.
      for (int i = s_last, j = t_last; j >= left; --i, --j) {
        if (t(j) != kOne && !same(t(j), s(i))) return false;
      }
      return true;
    }
    // The leftmost place at or after sc where the run matches.
    for (;;) {
      int i = sc, j = left;
      while (j <= right && (same(s(i), t(j)) || t(j) == kOne)) {
        ++i;
        ++j;
      }
      if (j > right) {
        sc = i;
        break;
      }
      ++sc;
      if (s_last - sc < right - left) return false;
    }
    skip_any();
    if (tc > t_last) return true;
    left = tc;
    while (tc <= t_last && t(tc) != kAny) ++tc;
    right = tc - 1;
  }
  return false;
}

}  // namespace sc::ek
