// FRMCHG / REFCHG (see frame_tree.hpp).
#include "frames/frame_tree.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "errors/number_text.hpp"
#include "frames/frame_registry.hpp"
#include "frames/frame_step.hpp"
#include "frames/frame_text.hpp"
#include "frames/state_transforms.hpp"
#include "inertial/inertial_frames.hpp"
#include "math/rotation.hpp"

namespace sc::frames {

using math::Mat3;
using math::Mat6;

namespace {

using inertial::kJ2000;
constexpr std::size_t kMaxNodes = 10;  // FRMCHG/REFCHG keep at most this many frames of chain 1

// The two flavours of the same algorithm.
struct StateChain {
  using Matrix = Mat6;
  static Matrix identity() { return identity6(); }
  static Matrix compose(const Matrix& later, const Matrix& earlier) { return frames::compose(later, earlier); }
  static Matrix invert(const Matrix& m) { return invert_state_transform(m); }
  static Result<std::optional<std::pair<Matrix, int>>> step(const Context& ctx, int frame, double et,
                                                            const FrameEnv& env) {
    SC_TRY_ASSIGN(auto&& s, state_step(ctx, frame, et, env));
    if (!s) return std::optional<std::pair<Matrix, int>>();
    return std::optional(std::pair{s->xform, s->to});
  }
};

struct RotationChain {
  using Matrix = Mat3;
  static Matrix identity() { return math::identity3(); }
  static Matrix compose(const Matrix& later, const Matrix& earlier) { return math::multiply(later, earlier); }
  static Matrix invert(const Matrix& m) { return math::transpose(m); }
  static Result<std::optional<std::pair<Matrix, int>>> step(const Context& ctx, int frame, double et,
                                                            const FrameEnv& env) {
    SC_TRY_ASSIGN(auto&& s, rotation_step(ctx, frame, et, env));
    if (!s) return std::optional<std::pair<Matrix, int>>();
    return std::optional(std::pair{s->rotation, s->to});
  }
};

std::string describe(const Context& ctx, int frame) {
  auto name = frame_name(ctx, frame);
  return name ? "'" + *name + "' (frame ID " + text::int_text(frame) + ")" : "frame ID " + text::int_text(frame);
}

Status check_known(const Context& ctx, int frame) {
  SC_TRY_ASSIGN(auto&& info, frinfo_checked(ctx, frame));
  if (info) return {};
  return make_error("SPICE(UNKNOWNFRAME)",
                    "The number " + text::int_text(frame) + " is not a recognized id-code for a reference frame.");
}

Error frame_loop(const Context& ctx, int start) {
  return make_error("SPICE(FRAMELOOP)", "Following the frames " + describe(ctx, start) + " is defined against did not "
                                        "reach J2000 within " + text::int_text(kMaxFrameHops) +
                                        " links: the frame definitions form a loop (a frame defined, directly or "
                                        "through others, relative to itself).");
}

// ZZMSXF / ZZRXR: m[n-1] * ... * m[0].
template <class Chain>
typename Chain::Matrix product(const std::vector<typename Chain::Matrix>& m) {
  if (m.empty()) return Chain::identity();
  typename Chain::Matrix p = m[0];
  for (std::size_t i = 1; i < m.size(); ++i) p = Chain::compose(m[i], p);
  return p;
}

template <class Chain>
Result<typename Chain::Matrix> change(const Context& ctx, int from, int to, double et, const FrameEnv& env) {
  using Matrix = typename Chain::Matrix;
  if (from == to) return Chain::identity();
  SC_TRY(check_known(ctx, from));
  SC_TRY(check_known(ctx, to));

  // Chain 1: frames[i] -> frames[i+1] is links[i].
  std::vector<int> frames{from};
  std::vector<Matrix> links;
  bool found = true;
  int hops = 0;
  auto at_end = [&] { return frames.back() == kJ2000 || frames.back() == to || !found; };
  while (!at_end()) {
    if (++hops > kMaxFrameHops) return frame_loop(ctx, from);
    SC_TRY_ASSIGN(auto&& s, Chain::step(ctx, frames.back(), et, env));
    if (!s) {
      found = false;
    } else if (frames.size() < kMaxNodes) {
      links.push_back(s->first);
      frames.push_back(s->second);
    } else {
      // Out of room: fold the new link into the last one and move the chain's end.
      links.back() = Chain::compose(s->first, links.back());
      frames.back() = s->second;
    }
  }
  if (frames.back() == to) return product<Chain>(links);

  // Chain 2: accumulate `to` -> current until it lands on a frame of chain 1.
  int current = to;
  Matrix acc = Chain::identity();
  std::ptrdiff_t common = -1;
  found = true;
  hops = 0;
  while (current != kJ2000 && common < 0 && found) {
    if (++hops > kMaxFrameHops) return frame_loop(ctx, to);
    SC_TRY_ASSIGN(auto&& s, Chain::step(ctx, current, et, env));
    if (!s) {
      found = false;
      break;
    }
    acc = current == to ? s->first : Chain::compose(s->first, acc);
    current = s->second;
    const auto it = std::find(frames.begin(), frames.end(), current);
    if (it != frames.end()) common = it - frames.begin();
  }
  if (common < 0) {
    return make_error("SPICE(NOFRAMECONNECT)",
                      "At epoch " + number_text(et) + " TDB (seconds past J2000) there is insufficient information to "
                      "transform from reference frame " + describe(ctx, from) + " to reference frame " +
                      describe(ctx, to) + ": " + describe(ctx, from) + " leads to " + describe(ctx, frames.back()) +
                      " and " + describe(ctx, to) + " leads to " + describe(ctx, current) +
                      ", and these chains do not meet. A frame or PCK kernel may be missing.");
  }
  links.resize(static_cast<std::size_t>(common));
  links.push_back(Chain::invert(acc));
  return product<Chain>(links);
}

}  // namespace

Result<Mat6> frame_state_change(const Context& ctx, int from, int to, double et, const FrameEnv& env) {
  return change<StateChain>(ctx, from, to, et, env);
}

Result<Mat3> frame_rotation_change(const Context& ctx, int from, int to, double et, const FrameEnv& env) {
  return change<RotationChain>(ctx, from, to, et, env);
}

}  // namespace sc::frames
