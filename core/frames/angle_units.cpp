// Angle unit conversion (see angle_units.hpp).
#include "frames/angle_units.hpp"

#include <string>

#include "frames/frame_text.hpp"
#include "math/angles.hpp"

namespace sc::frames {
namespace {

using math::kDegreesPerRadian;  // DPR()

struct AngleUnit {
  std::string_view name;
  double degrees;  // degrees per unit, CONVRT's table
};

constexpr AngleUnit kAngleUnits[] = {
    {"RADIANS", kDegreesPerRadian}, {"DEGREES", 1.0},           {"ARCMINUTES", 0.016666666666666666},
    {"ARCSECONDS", 2.7777777777777778e-4}, {"HOURANGLE", 15.0}, {"MINUTEANGLE", 0.25},
    {"SECONDANGLE", 0.0041666666666666666},
};

constexpr std::string_view kOtherUnits[] = {
    "METERS", "KM", "CM", "MM", "LIGHTSECS", "AU", "M", "KILOMETERS", "CENTIMETERS", "MILLIMETERS", "FEET",
    "INCHES", "STATUTE_MILES", "NAUTICAL_MILES", "YARDS", "LIGHTYEARS", "PARSECS", "SECONDS", "MINUTES", "HOURS",
    "DAYS", "JULIAN_YEARS", "TROPICAL_YEARS", "YEARS"};

constexpr std::size_t kUnitNameLength = 16;  // CONVRT compares the first 16 characters

}  // namespace

Result<double> angle_to_radians(double value, std::string_view units) {
  // UCASE into a CHARACTER*16 (no left-justification: leading blanks make the unit unknown).
  const std::string key(text::rtrim(text::upper(units.substr(0, std::min(units.size(), kUnitNameLength)))));
  for (const AngleUnit& u : kAngleUnits) {
    if (u.name == key) return (value * u.degrees) / kDegreesPerRadian;
  }
  for (std::string_view other : kOtherUnits) {
    if (other == key) {
      return make_error("SPICE(INCOMPATIBLEUNITS)", "CONVRT: Incompatible units. Cannot convert " + key +
                                                        ", which is not an angle unit, to RADIANS.");
    }
  }
  return make_error("SPICE(UNITSNOTREC)", "CONVRT: Input units " + key + " were not recognized.");
}

}  // namespace sc::frames
