// The vector helpers TKFRAM polishes its input with: SHARPR (make a nearly-rotation matrix a
// rotation, with math::ucrss), VHATG for 4-vectors and Q2M (SPICE quaternion to matrix).
#pragma once

#include <array>

#include "math/rotation.hpp"
#include "math/vector_ops.hpp"

namespace sc::frames {

// SHARPR on a matrix given by columns: unitise column 1, column 3 = ucrss(c1, c2), column 2 =
// ucrss(c3, c1).
std::array<math::Vec3, 3> sharpen_columns(const std::array<math::Vec3, 3>& columns);
std::array<double, 4> unit_quaternion(const std::array<double, 4>& q);  // VHATG(q, 4)
math::Mat3 quaternion_to_matrix(const std::array<double, 4>& q);        // Q2M

}  // namespace sc::frames
