#include "math/units.hpp"

#include <array>
#include <optional>
#include <string>

#include "math/constants.hpp"

namespace sc::math {
namespace {

constexpr std::size_t kWidth = 16;  // CONVRT's CHARACTER*16 unit names

struct Unit {
  std::string_view name;
  std::string_view kind;  // CHARACTER*8 in CONVRT's messages
  double factor;          // in degrees, metres or seconds; RADIANS is DPR()
};

// CONVRT's table, in its order and with its factors (the decimal values of CSPICE's f2c'd DATA
// statements, which give the same doubles).
constexpr std::array<Unit, 31> kUnits = {{
    {"RADIANS", "ANGLE", 0.0},
    {"DEGREES", "ANGLE", 1.0},
    {"ARCMINUTES", "ANGLE", .016666666666666666},
    {"ARCSECONDS", "ANGLE", 2.7777777777777778e-4},
    {"HOURANGLE", "ANGLE", 15.0},
    {"MINUTEANGLE", "ANGLE", .25},
    {"SECONDANGLE", "ANGLE", .0041666666666666666},
    {"METERS", "DISTANCE", 1.0},
    {"KM", "DISTANCE", 1e3},
    {"CM", "DISTANCE", .01},
    {"MM", "DISTANCE", .001},
    {"LIGHTSECS", "DISTANCE", 299792458.0},
    {"AU", "DISTANCE", 149597870613.68887},
    {"M", "DISTANCE", 1.0},
    {"KILOMETERS", "DISTANCE", 1e3},
    {"CENTIMETERS", "DISTANCE", .01},
    {"MILLIMETERS", "DISTANCE", .001},
    {"FEET", "DISTANCE", .3048},
    {"INCHES", "DISTANCE", .0254},
    {"STATUTE_MILES", "DISTANCE", 1609.344},
    {"NAUTICAL_MILES", "DISTANCE", 1852.0},
    {"YARDS", "DISTANCE", .9144},
    {"LIGHTYEARS", "DISTANCE", 9460730472580800.0},
    {"PARSECS", "DISTANCE", 30856775797231604.0},
    {"SECONDS", "TIME", 1.0},
    {"MINUTES", "TIME", 60.0},
    {"HOURS", "TIME", 3600.0},
    {"DAYS", "TIME", 86400.0},
    {"JULIAN_YEARS", "TIME", 31557600.0},
    {"TROPICAL_YEARS", "TIME", 31556925.976319999},
    {"YEARS", "TIME", 31557600.0},
}};

// A Fortran CHARACTER*n value: cut or blank-padded to n characters.
std::string padded(std::string_view s, std::size_t n) {
  std::string out(s.substr(0, n < s.size() ? n : s.size()));
  out.resize(n, ' ');
  return out;
}

// UCASE of a name into CHARACTER*16.
std::string upper16(std::string_view s) {
  std::string out = padded(s, kWidth);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::optional<Unit> find_unit(const std::string& name16) {
  for (const Unit& u : kUnits) {
    if (padded(u.name, kWidth) == name16) return u;
  }
  return std::nullopt;
}

double factor_of(const Unit& u) { return u.name == "RADIANS" ? dpr() : u.factor; }

// CONVRT concatenates its messages from fixed-width pieces, blanks included; only the message's
// trailing blanks are dropped when CSPICE hands it back.
std::string trimmed(std::string s) {
  s.erase(s.find_last_not_of(' ') + 1);
  return s;
}

Status require_name(std::string_view value, std::string_view argument) {
  if (!value.empty()) return {};
  return make_error("SPICE(EMPTYSTRING)", "String \"" + std::string(argument) + "\" has length zero.");
}

}  // namespace

Result<double> convrt(double x, std::string_view in, std::string_view out) {
  SC_TRY(require_name(in, "in"));
  SC_TRY(require_name(out, "out"));
  const std::string inu = upper16(in);
  const std::string outu = upper16(out);
  const std::optional<Unit> from = find_unit(inu);
  const std::optional<Unit> to = find_unit(outu);
  if (!from && !to) {
    return make_error("SPICE(UNITSNOTREC)", trimmed("CONVRT: Neither the input units " + inu + "nor the output units " +
                                                    outu + "were recognized."));
  }
  if (!from) return make_error("SPICE(UNITSNOTREC)", trimmed("CONVRT: Input units " + inu + " were not recognized"));
  if (!to) return make_error("SPICE(UNITSNOTREC)", trimmed("CONVRT: Output units " + outu + " were not recognized"));
  if (from->kind != to->kind) {
    return make_error("SPICE(INCOMPATIBLEUNITS)",
                      trimmed("CONVRT: Incompatible units. You are attempting to convert " + inu + "type: " +
                              padded(from->kind, 8) + " to " + outu + "type: " + padded(to->kind, 8) + "."));
  }
  const double temp = x * factor_of(*from);
  return temp / factor_of(*to);
}

}  // namespace sc::math
