// Illumination angles at a surface point (CSPICE's ILLUMG, ILUMIN and ILLUMF, N0067): the phase
// angle (between the directions to the observer and to the light source), the incidence angle
// (between the surface normal and the source) and the emission angle (between the normal and the
// observer), all in radians, with the point seen from the observer at et and the source seen from
// the point at the point's epoch trgepc (aberration corrections as SPKCPT/SPKCPO apply them, the
// body-fixed frame evaluated at the point's epoch). ILLUMF adds whether the point is visible
// (emission <= pi/2) and lit (incidence <= pi/2).
#pragma once

#include <array>
#include <span>
#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"

namespace sc::surface {

struct Illumination {
  double trgepc = 0;               // epoch of the surface point (TDB s)
  std::array<double, 3> srfvec{};  // observer to point, body-fixed frame at trgepc (km)
  double phase = 0;
  double incdnc = 0;
  double emissn = 0;
};

struct IlluminationFlags {
  double trgepc = 0;
  std::array<double, 3> srfvec{};
  double phase = 0;
  double incdnc = 0;
  double emissn = 0;
  bool visibl = false;
  bool lit = false;
};

// ILLUMG: source `ilusrc` (a body name or ID string). Errors in CSPICE's order:
// SPICE(INVALIDOPTION) (abcorr), SPICE(IDCODENOTFOUND) (target), the method's errors
// (SPICE(BADMETHODSYNTAX), SPICE(INVALIDMETHOD) for a sub-point type), SPICE(IDCODENOTFOUND)
// (observer), SPICE(BODIESNOTDISTINCT), SPICE(NOFRAME), SPICE(INVALIDFRAME), then the ephemeris
// errors (an unknown source is SPICE(IDCODENOTFOUND) there) and the radii's.
Result<Illumination> illumg(const Context& ctx, std::string_view method, std::string_view target,
                            std::string_view ilusrc, double et, std::string_view fixref, std::string_view abcorr,
                            std::string_view obsrvr, std::span<const double> spoint);

// ILUMIN: ILLUMG with the Sun.
Result<Illumination> ilumin(const Context& ctx, std::string_view method, std::string_view target, double et,
                            std::string_view fixref, std::string_view abcorr, std::string_view obsrvr,
                            std::span<const double> spoint);

// ILLUMF: ILLUMG plus the visibility and lighting flags.
Result<IlluminationFlags> illumf(const Context& ctx, std::string_view method, std::string_view target,
                                 std::string_view ilusrc, double et, std::string_view fixref,
                                 std::string_view abcorr, std::string_view obsrvr, std::span<const double> spoint);

}  // namespace sc::surface
