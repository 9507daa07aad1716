// Time-zone offsets written "::UTC+hr[:mn]" or "::UTC-hr[:mn]" (SPICELIB's ZZUTCPM), as str2et and
// timout accept them: hours 0..12 with at most two digits, optional minutes 0..59 with at most two
// digits. Minutes take the sign of the hours ("UTC-3:30" is -3 h -30 min).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace sc::time {

struct ZoneOffset {
  double hours = 0.0;
  double minutes = 0.0;
  std::size_t end = 0;  // index just past the last character of the offset in the text
};

// Reads an offset whose "::UTC" part starts at `start` (those five characters are not checked,
// as in CSPICE: only the sign and the digits are). Bad minutes end the offset after the hours.
std::optional<ZoneOffset> read_zone_offset(std::string_view text, std::size_t start);

}  // namespace sc::time
