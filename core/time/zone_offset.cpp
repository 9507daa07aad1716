#include "time/zone_offset.hpp"

#include "pool/cspice_decimal.hpp"
#include "time/text_util.hpp"

namespace sc::time {
namespace {

// One or two digits at `at`: their value and the index past them.
struct SmallNumber {
  double value;
  std::size_t end;
};
std::optional<SmallNumber> one_or_two_digits(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size() && is_digit(text[end])) ++end;
  const std::size_t count = end - at;
  if (count == 0 || count > 2) return std::nullopt;
  return SmallNumber{pool::parse_cspice_number(text.substr(at, count)).value, end};
}

}  // namespace

std::optional<ZoneOffset> read_zone_offset(std::string_view text, std::size_t start) {
  const std::size_t sign_at = start + 5;  // after "::UTC"
  if (text.size() < sign_at + 2) return std::nullopt;
  double sign = 0.0;
  if (text[sign_at] == '+')
    sign = 1.0;
  else if (text[sign_at] == '-')
    sign = -1.0;
  else
    return std::nullopt;
  const auto hours = one_or_two_digits(text, sign_at + 1);
  if (!hours || hours->value >= 13.0) return std::nullopt;
  ZoneOffset out{sign * hours->value, 0.0, hours->end};
  if (hours->end < text.size() && text[hours->end] == ':') {
    const auto minutes = one_or_two_digits(text, hours->end + 1);
    if (minutes && minutes->value <= 59.0) {
      out.minutes = sign * minutes->value;
      out.end = minutes->end;
    }
  }
  return out;
}

}  // namespace sc::time
