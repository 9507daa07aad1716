// Conversions between the non-rectangular systems without passing through rectangular
// coordinates: CSPICE's cyllat_c, cylsph_c, latcyl_c, latsph_c, sphcyl_c and sphlat_c (C code of
// their own, the same expressions as SPICELIB's CYLLAT ... SPHLAT). Longitudes pass through
// unchanged (no range reduction).
#pragma once

#include "math/coordinates/cylindrical.hpp"
#include "math/coordinates/spherical.hpp"
#include "math/latitudinal.hpp"

namespace sc::math {

// cyllat_c: radius from r and z scaled by the larger |r|, |z|; latitude atan2(z, r), 0 when the
// radius is 0.
Latitudinal cyllat(double r, double clon, double z);
// cylsph_c: the same scaled radius; colatitude atan2(r, z); both 0 at the origin.
Spherical cylsph(double r, double clon, double z);
// latcyl_c: (radius cos(lat), lon, radius sin(lat)).
Cylindrical latcyl(double radius, double lon, double lat);
// latsph_c: colatitude = halfpi - lat.
Spherical latsph(double radius, double lon, double lat);
// sphcyl_c: (radius sin(colat), lon, radius cos(colat)).
Cylindrical sphcyl(double radius, double colat, double lon);
// sphlat_c: latitude = halfpi - colat.
Latitudinal sphlat(double radius, double colat, double lon);

}  // namespace sc::math
