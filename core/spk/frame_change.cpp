#include "spk/frame_change.hpp"

#include <string>

#include "frames/inertial_frames.hpp"

namespace sc::spk {
namespace {

constexpr int kBuiltinInertialFrames = 21;

// MXV: each component summed left to right.
void rotate3(const frames::Mat3& r, const double* in, double* out) {
  for (std::size_t i = 0; i < 3; ++i) out[i] = r[i][0] * in[0] + r[i][1] * in[1] + r[i][2] * in[2];
}

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
  State out{};
  rotate3(*rot, state.data(), out.data());
  rotate3(*rot, state.data() + 3, out.data() + 3);
  return out;
}

State add(const State& a, const State& b) {
  State out{};
  for (std::size_t i = 0; i < 6; ++i) out[i] = a[i] + b[i];
  return out;
}

State subtract(const State& a, const State& b) {
  State out{};
  for (std::size_t i = 0; i < 6; ++i) out[i] = a[i] - b[i];
  return out;
}

}  // namespace sc::spk
