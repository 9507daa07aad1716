// PCKMAT's last step for the binary PCK types that store Euler angles (2 and 20): the segment gives
// (phi, delta, w) and their rates for the rotation [w]_3 [delta]_1 [phi]_3 from the base frame to
// the body-fixed frame; PCKMAT reorders them to (w, delta, phi, dw, ddelta, dphi) and calls EUL2XF
// with axes 3, 1, 3.
#pragma once

#include "math/euler.hpp"
#include "math/rotation.hpp"

namespace sc::pck {

math::Mat6 euler_state_transform(const math::EulerState& angles);

}  // namespace sc::pck
