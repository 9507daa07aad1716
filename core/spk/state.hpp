// The state vector of the SPK layer.
#pragma once

#include <array>

namespace sc::spk {

using State = std::array<double, 6>;  // x, y, z (km), vx, vy, vz (km/s)

}  // namespace sc::spk
