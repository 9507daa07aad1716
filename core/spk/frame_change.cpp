#include "spk/frame_change.hpp"

#include <string>

#include "inertial/inertial_frames.hpp"
#include "math/vector_ops.hpp"

namespace sc::spk {
Result<State> change_frame(const State& state, int from, int to) {
  if (!inertial::is_builtin(from) || !inertial::is_builtin(to)) {
    const int other = inertial::is_builtin(from) ? to : from;
    return make_error("SPICE(NOTSUPPORTED)",
                      "Cannot transform an SPK state from frame " + std::to_string(from) + " to frame " +
                          std::to_string(to) + ": frame " + std::to_string(other) +
                          " is not a built-in inertial frame, and SPK segments in non-inertial frames are not "
                          "supported yet.");
  }
  SC_TRY_ASSIGN(auto&& rot, inertial::rotation(from, to));
  return math::make_state(math::mxv(rot, math::position_of(state)), math::mxv(rot, math::velocity_of(state)));
}

}  // namespace sc::spk
