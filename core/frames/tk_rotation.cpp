// SHARPR (see tk_rotation.hpp).
#include "frames/tk_rotation.hpp"

#include <cmath>

#include "math/vector_ops.hpp"

namespace sc::frames {

using math::Mat3;
using math::Vec3;

std::array<Vec3, 3> sharpen_columns(const std::array<Vec3, 3>& columns) {
  std::array<Vec3, 3> out = columns;
  out[0] = math::vhat(out[0]);
  out[2] = math::ucrss(out[0], out[1]);
  out[1] = math::ucrss(out[2], out[0]);
  return out;
}

}  // namespace sc::frames
