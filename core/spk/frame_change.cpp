#include "spk/frame_change.hpp"

#include <string>

#include "frames/inertial_frames.hpp"
#include "math/vector_ops.hpp"

namespace sc::spk {
namespace {

constexpr int kBuiltinInertialFrames = 21;

}  // namespace

bool is_builtin_inertial(int frame) { return frame > 0 && frame <= kBuiltinInertialFrames; }

Result<State> change_frame(const State& state, int from, int to) {
  if (!is_builtin_inertial(from) || !is_builtin_inertial(to)) {
    const int other = is_builtin_inertial(from) ? to : from;
    return make_error("SPICE(NOTSUPPORTED)",
                      "Cannot transform an SPK state from frame " + std::to_string(from) + " to frame " +
                          std::to_string(to) + ": frame " + std::to_string(other) +
                          " is not a built-in inertial frame, and SPK segments in non-inertial frames are not "
                          "supported yet.");
  }
  auto rot = frames::inertial_rotation(from, to);
  if (!rot) return std::move(rot).error();
  return math::make_state(math::mxv(*rot, math::position_of(state)), math::mxv(*rot, math::velocity_of(state)));
}

}  // namespace sc::spk
