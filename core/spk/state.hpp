// The state vector of the SPK layer: math's one State (position km, velocity km/s), named here so
// the segment readers and their callers can say spk::State.
#pragma once

#include "math/vector_ops.hpp"

namespace sc::spk {

using math::State;

}  // namespace sc::spk
