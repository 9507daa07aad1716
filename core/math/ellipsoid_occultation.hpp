// Occultation of one ellipsoid by another as seen from a viewing point (SPICELIB's private
// ZZOCCED, behind OCCULT and GFOCLT): 0 for none, +-1 partial, +-2 annular, +-3 total, positive
// when the first ellipsoid is in front. Bounding cones of the ellipsoids' inscribed and
// circumscribed spheres decide most cases; the rest are decided after mapping the larger-looking
// ellipsoid to the unit sphere, from the angular separation of the smaller one's limb and the ray
// to the sphere's center (ZZASRYEL).
#pragma once

#include "errors/result.hpp"
#include "math/rotation.hpp"
#include "math/vector_ops.hpp"

namespace sc::math {

// `semax1`, `semax2`: the semi-axis matrices, whose columns are the ellipsoids' semi-axis vectors
// in the frame of the positions (row-major storage of SPICELIB's column-major matrices: column i
// is {m[0][i], m[1][i], m[2][i]}). Errors: SPICE(BADAXISLENGTH), SPICE(NOTDISJOINT) (a center at
// the viewpoint, intersecting inscribed spheres, the viewpoint inside an ellipsoid),
// SPICE(NOTAROTATION), and ZZASRYEL's.
Result<int> zzocced(const Vec3& viewpt, const Vec3& centr1, const Mat3& semax1, const Vec3& centr2,
                    const Mat3& semax2);

}  // namespace sc::math
