// LJUCRS, the SPICELIB string routine the surface calls normalise method strings and aberration
// correction loci with: leading blanks dropped, letters upper-cased, each run of blanks cut to at
// most `n` blanks (0: blanks removed). Trailing blanks are dropped as Fortran comparisons ignore them.
#pragma once

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

}  // namespace sc::surface
