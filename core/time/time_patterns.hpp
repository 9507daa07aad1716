// The token rows that CSPICE's time parser recognises outright (SPICELIB's ZZTPATS, 231 entries as
// of N0067), each with its meaning: the same row with every number token re-lettered (Y year,
// m month, D day of month, y day of year, H hour, M minute, S second) and every delimiter '*'.
#pragma once

#include <optional>
#include <string_view>

namespace sc::time::parse {

struct KnownPattern {
  std::string_view pattern;
  std::string_view meaning;
};

// The pattern whose 12-character Fortran form equals the first 12 letters of `row` (CSPICE
// compares CHARACTER*12 values), if any.
std::optional<KnownPattern> find_known_pattern(std::string_view row);

}  // namespace sc::time::parse
