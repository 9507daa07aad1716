// The angle between two vectors as SPICELIB's VSEP computes it (N0067): both are made unit vectors
// (UNORM), and the angle comes from the chord between them, 2 asin(|u1 - u2| / 2), or for obtuse
// angles pi - 2 asin(|u1 + u2| / 2), which keeps full precision near 0 and pi where acos of the
// dot product would not. Used by the type 15 evaluator (the accumulated true anomaly) and the
// type 15 writer (its BADINITSTATE message); sc::math trig keeps the bits equal on both backends.
#pragma once

#include "geometry/vector_ops.hpp"

namespace sc::spk {

// Radians in [0, pi]; 0 when either vector is zero (VSEP's convention).
double vector_separation(const geometry::Vec3& v1, const geometry::Vec3& v2);

}  // namespace sc::spk
