#include "pck/euler_angles.hpp"

namespace sc::pck {

math::Mat6 euler_state_transform(const math::EulerState& angles) {
  const math::EulerState& e = angles;
  return math::eul2xf({e[2], e[1], e[0], e[5], e[4], e[3]}, 3, 1, 3);
}

}  // namespace sc::pck
