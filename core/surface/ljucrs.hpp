// LJUCRS, the SPICELIB string routine the surface calls normalise method strings and aberration
// correction loci with: leading blanks dropped, letters upper-cased, each run of blanks cut to at
// most `n` blanks (0: blanks removed). Trailing blanks are dropped as Fortran comparisons ignore them.
#pragma once

#include <limits>
#include <string>
#include <string_view>

namespace sc::surface {

inline std::string ljucrs(int n, std::string_view s) {
  std::string out;
  int run = 0;
  for (char c : s) {
    if (c == ' ') {
      if (!out.empty() && run < n) out.push_back(' ');
      ++run;
      continue;
    }
    run = 0;
    out.push_back((c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// LJUST + UCASE, as the GF routines normalise their keywords: leading blanks dropped, letters
// upper-cased, blanks inside kept (trailing ones dropped).
inline std::string ljust_ucase(std::string_view s) { return ljucrs(std::numeric_limits<int>::max(), s); }

}  // namespace sc::surface
