// SCTK01 and SCFM01 (sc01.f, CSPICE N0067) and the LPARSM they split with.
#include "sclk/clock_fields.hpp"

#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "errors/number_text.hpp"
#include "errors/quoted.hpp"
#include "math/angles.hpp"
#include "pool/cspice_decimal.hpp"
#include "time/fortran_numeric.hpp"

namespace sc::sclk {
namespace {

using time::detail::aint;
using time::detail::anint;

constexpr std::string_view kDelimiters = ".:-, ";  // SCTK01 accepts all five on input
constexpr std::array<char, 5> kOutputDelimiters = {'.', ':', '-', ',', ' '};
constexpr std::size_t kFieldLength = 30;  // SC01's CMP(*) is CHARACTER*30: longer fields are cut

bool is_delimiter(char c) { return kDelimiters.find(c) != std::string_view::npos; }
bool is_blank(std::string_view s) { return s.find_first_not_of(' ') == std::string_view::npos; }

// CMPTKS: ticks of the least significant field per unit of each field.
std::array<double, 10> ticks_per_unit(const Clock01& clock) {
  std::array<double, 10> cmptks{};
  const int n = clock.nfield;
  cmptks[n - 1] = 1.0;
  for (int i = n - 2; i >= 0; --i) cmptks[i] = cmptks[i + 1] * clock.moduli[i + 1];
  return cmptks;
}

Error invalid(std::string message) { return make_error("SPICE(INVALIDSCLKSTRING)", std::move(message)); }

// The digits of a whole, non-negative field value as DPSTRF(x, 30, 'F') writes its integer part:
// DPSTRF keeps at most 14 significant digits, so larger values are rounded to 14 digits and
// zero-filled (no real clock has a field that wide).
std::string whole_digits(double value) {
  char buf[64];
  if (value < 1e14) {
    std::snprintf(buf, sizeof buf, "%.0f", value);
    return buf;
  }
  std::snprintf(buf, sizeof buf, "%.13e", value);  // d.ddddddddddddde+XX
  const std::string text(buf);
  const std::size_t e = text.find('e');
  const int exponent = std::atoi(text.c_str() + e + 1);
  std::string digits = text.substr(0, 1) + text.substr(2, e - 2);
  digits.resize(static_cast<std::size_t>(exponent) + 1, '0');
  return digits;
}

// int(log10(MODULI + OFFSET - 1 + 0.5)) + 1, the width SCFM01 pads a field to: the number of
// digits of the field's largest value (1 for a largest value of 0). Counted without log10, which
// gives the same count for whole moduli and offsets.
int field_width(double largest) {
  double v = std::floor(largest + 0.5);
  int width = 1;
  while (v >= 10.0) {
    v = std::floor(v / 10.0);
    ++width;
  }
  return width;
}

}  // namespace

std::vector<std::string> split_clock_fields(std::string_view list, std::size_t max_items) {
  std::vector<std::string> items;
  if (is_blank(list)) return {" "};
  // 0-based walk over list[0, eol) with LPARSM's steps.
  std::size_t eol = list.find_last_not_of(' ') + 1;
  std::size_t b = 0;
  while (b < eol) {
    while (b < eol && list[b] == ' ') ++b;
    std::size_t e = b;
    while (e < eol && !is_delimiter(list[e])) ++e;
    if (e < eol && list[e] == ' ') {
      // Blanks then a delimiter: the delimiter ends the item; blanks then text: the blank does.
      while (e < eol && list[e] == ' ') ++e;
      if (e < eol && !is_delimiter(list[e])) --e;
    }
    items.push_back(e > b ? std::string(list.substr(b, e - b)) : std::string(" "));
    if (items.size() >= max_items) return items;
    b = e + 1;
  }
  // A delimiter at the end leaves an empty last item.
  if (is_delimiter(list[eol - 1]) && items.size() < max_items) items.emplace_back(" ");
  return items;
}

Result<double> clock_string_to_ticks(const Clock01& clock, std::string_view clkstr) {
  if (is_blank(clkstr)) return invalid("CLKSTR is blank.");
  const std::array<double, 10> cmptks = ticks_per_unit(clock);
  const std::vector<std::string> fields = split_clock_fields(clkstr);
  if (fields.size() > static_cast<std::size_t>(clock.nfield)) {
    return invalid("CLKSTR has " + std::to_string(fields.size()) + " fields, which is too many.");
  }
  // CSPICE quirk: SCTK01 takes an empty field as its offset, but it then tests the error text of
  // the last NPARSD call, which it keeps in a SAVEd variable across calls. After a field of the
  // same string was parsed that text is blank and the empty field passes; an empty first field
  // passes or fails depending on what the previous call parsed (it fails on the first call, and
  // after a string that failed to parse, as the golden cases record for "-5" and "1/-1"). This
  // keeps no state between calls and takes the failing branch: an empty field before any parsed
  // field is SPICE(INVALIDSCLKSTRING).
  bool parsed_one = false;
  std::array<double, 10> values{};
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const std::string field = fields[i].substr(0, kFieldLength);
    double value = clock.offsets[i];
    if (is_blank(field)) {
      if (!parsed_one) {
        return invalid("Could not parse SCLK component " + quoted(field) + " from " + quoted(clkstr) +
                       " as a number.");
      }
    } else {
      const pool::CspiceNumber number = pool::parse_cspice_number(field);
      if (!number) {
        return invalid("Could not parse SCLK component " + quoted(field) + " from " + quoted(clkstr) +
                       " as a number.");
      }
      value = number.value;
      parsed_one = true;
    }
    values[i] = value - clock.offsets[i];
    if (anint(values[i]) < 0.0) {
      return invalid("Component number " + std::to_string(i + 1) +
                     " in the SCLK string, counting left to right, is invalid: component " + number_text(value) +
                     " is less than field offset " + number_text(clock.offsets[i]) + ".");
    }
  }
  double ticks = 0.0;
  for (std::size_t i = 0; i < fields.size(); ++i) ticks += values[i] * cmptks[i];
  return ticks;
}

Result<std::string> ticks_to_clock_string(const Clock01& clock, double ticks) {
  const std::array<double, 10> cmptks = ticks_per_unit(clock);
  const int n = clock.nfield;
  if (anint(ticks) < 0.0) {
    return make_error("SPICE(VALUEOUTOFRANGE)", "Negative value for SCLK ticks: " + number_text(ticks));
  }
  std::array<double, 10> values{};
  double rem = anint(ticks);
  for (int i = 0; i < n - 1; ++i) {
    values[i] = aint(rem / cmptks[i]) + clock.offsets[i];
    rem = math::fortran_mod(rem, cmptks[i]);
  }
  values[n - 1] = rem + clock.offsets[n - 1];

  std::string out;
  const char delimiter = kOutputDelimiters[clock.delimiter_code - 1];
  for (int i = 0; i < n; ++i) {
    std::string digits = whole_digits(values[i]);
    const int width = field_width(clock.moduli[i] + clock.offsets[i] - 1.0);
    if (static_cast<int>(digits.size()) < width) digits.insert(0, width - digits.size(), '0');
    if (i > 0) out += delimiter;
    out += digits;
  }
  return out;
}

}  // namespace sc::sclk
