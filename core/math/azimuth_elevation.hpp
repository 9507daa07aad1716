// Azimuth/elevation coordinates (SPICELIB's RECAZL, AZLREC, DAZLDR; N0067): range, azimuth and
// elevation of a vector in a topocentric frame, with the two sense flags of N0067:
//  - azccw: azimuth increases counterclockwise about +z (true) or clockwise (false: in a
//    topocentric frame with +x north and +z zenith, the compass azimuth, north through east);
//  - elplsz: elevation positive towards +z (true) or towards -z (false).
// They are latitudinal coordinates with longitude in [0, 2 pi) (RECRAD) and the signs flipped as
// the flags say.
#pragma once

#include "errors/result.hpp"
#include "math/rotation.hpp"
#include "math/vector_ops.hpp"

namespace sc::math {

struct AzEl {
  double range = 0;  // distance from the origin
  double az = 0;     // radians, [0, 2 pi)
  double el = 0;     // radians, [-pi/2, pi/2]
};

// RECAZL: all three 0 for the zero vector.
AzEl recazl(const Vec3& rectan, bool azccw, bool elplsz);

// AZLREC: the rectangular vector of (range, az, el).
Vec3 azlrec(double range, double az, double el, bool azccw, bool elplsz);

// DAZLDR: d(range, az, el) / d(x, y, z), row-major. SPICE(POINTONZAXIS) when x = y = 0.
Result<Mat3> dazldr(double x, double y, double z, bool azccw, bool elplsz);

}  // namespace sc::math
