// SHARPR, which TKFRAM polishes a MATRIX specification with (make a nearly-rotation matrix a
// rotation; its unit cross products are math::ucrss). Its quaternions go through math/quaternion
// (VHATG, Q2M), which the CK readers share.
#pragma once

#include <array>

#include "math/rotation.hpp"
#include "math/vector_ops.hpp"

namespace sc::frames {

// SHARPR on a matrix given by columns: unitise column 1, column 3 = ucrss(c1, c2), column 2 =
// ucrss(c3, c1).
std::array<math::Vec3, 3> sharpen_columns(const std::array<math::Vec3, 3>& columns);

}  // namespace sc::frames
