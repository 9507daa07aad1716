// SPICELIB's XFMSTA: a state (position and velocity) converted from one coordinate system to
// another, among RECTANGULAR, CYLINDRICAL, LATITUDINAL, SPHERICAL, GEODETIC and PLANETOGRAPHIC.
// Positions follow the systems' conversion routines; velocities are multiplied by their Jacobians
// (through rectangular coordinates). GEODETIC and PLANETOGRAPHIC take the spheroid from the body's
// BODY<id>_RADII in the pool (equatorial radius radii[0], f = (radii[0] - radii[2]) / radii[0]).
#pragma once

#include <span>
#include <string_view>

#include "bodies/body_names.hpp"
#include "errors/result.hpp"
#include "math/vector_ops.hpp"
#include "pool/pool.hpp"

namespace sc::bodies {

// XFMSTA. `istate` holds 6 numbers: the position in the input system's order (rectangular x, y, z;
// cylindrical r, clon, z; latitudinal radius, lon, lat; spherical radius, colat, lon; geodetic and
// planetographic lon, lat, alt) then its time derivatives. System names are compared with blanks
// removed and case ignored. Errors, in XFMSTA's order: SPICE(EMPTYSTRING) (icosys, ocosys, body);
// SPICE(COORDSYSNOTREC); the same system in and out returns the input unchanged; with GEODETIC or
// PLANETOGRAPHIC on either side: SPICE(IDCODENOTFOUND), the radii's errors (BODVCD's, then
// SPICE(INVALIDCOUNT), SPICE(BADAXISLENGTH)), SPICE(INVALIDRADIUS), SPICE(NOTSUPPORTED) (unequal
// equatorial radii); the conversions' own errors (planetographic longitude sense ...);
// SPICE(NUMERICOVERFLOW) when a Jacobian element times a velocity component could overflow;
// SPICE(INVALIDSTATE) for a position on the z-axis with a velocity off it (to a non-rectangular
// system).
Result<math::State> xfmsta(const pool::Pool& pool, const BodyNames& names, std::span<const double> istate,
                           std::string_view icosys, std::string_view ocosys, std::string_view body);

}  // namespace sc::bodies
