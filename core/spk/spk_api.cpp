// Geometric states by chaining segments, following CSPICE's SPKGEO step for step: the target's
// chain of centers is built first (up to CHLEN = 20 entries, later legs folded into the last
// entry), then the observer's chain is followed until it reaches a body of the target's chain;
// the target's legs are summed only up to that common node, and the result is the difference of
// the two sums. Sums, frame changes and their order are SPKGEO's, so results carry its bits.
#include "spk/spk_api.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <string>

#include "bodies/body_names.hpp"
#include "errors/number_text.hpp"
#include "inertial/inertial_frames.hpp"
#include "math/vector_ops.hpp"
#include "spk/frame_change.hpp"
#include "spk/leg_cache.hpp"

namespace sc::spk {
namespace {

using inertial::kJ2000;

constexpr std::size_t kChainLength = 20;  // SPKGEO's CHLEN
// SPKGEO follows chains until they end; a file whose centers form a loop would keep it going
// forever. No real chain is longer than a handful of legs.
constexpr int kMaxLegs = 1000;

// "301 (MOON)", as SPKGEO names bodies in its message (built-in and kernel-pool names).
std::string body_text(const kernels::KernelRegistry& kernels, int code) {
  const bodies::BodyNames names;
  if (auto name = names.code_to_name(code, kernels.pool())) return std::to_string(code) + " (" + *name + ")";
  return std::to_string(code);
}

Error insufficient_data(const kernels::KernelRegistry& kernels, int target, int observer, double et,
                        const std::string& why) {
  return make_error("SPICE(SPKINSUFFDATA)",
                    "Insufficient ephemeris data has been loaded to compute the state of " + body_text(kernels, target) +
                        " relative to " + body_text(kernels, observer) + " at the ephemeris epoch " + epoch_text(et) +
                        ". " + why);
}

std::string chain_text(std::span<const int> bodies) {
  std::string s;
  for (int b : bodies) s += (s.empty() ? "" : " -> ") + std::to_string(b);
  return s;
}

// The target's side: CTARG (bodies), STARG (legs, STARG(1) = 0) and TFRAME of SPKGEO, in fixed
// arrays of CHLEN entries as SPKGEO keeps them (no allocation per call).
struct TargetChain {
  // Only the first `size` entries are ever read: no need to fill the rest.
  std::array<int, kChainLength> body_array;
  std::array<State, kChainLength> legs;
  std::array<int, kChainLength> frames;
  std::size_t size = 0;

  std::span<const int> bodies() const { return {body_array.data(), size}; }
  int last_body() const { return body_array[size - 1]; }
  void push(int body, const State& leg, int frame) {
    body_array[size] = body;
    legs[size] = leg;
    frames[size] = frame;
    ++size;
  }
};

// Fills `c` (the caller's: the chain is 1.3 kB, not worth copying out of a Result).
Status target_chain(const kernels::KernelRegistry& kernels, int target, double et, int observer, LegCache* cache,
                    TargetChain& c) {
  c.size = 0;
  c.push(target, State{}, 0);
  bool found = true;
  while (found && c.size < kChainLength && c.last_body() != observer && c.last_body() != 0) {
    SC_TRY_ASSIGN(auto&& leg, next_leg(kernels, c.last_body(), et, cache));
    found = leg.has_value();
    if (found) c.push(leg->center, leg->state, leg->frame);
  }
  if (c.size > 1) c.frames[0] = c.frames[1];

  // A chain longer than CHLEN: SPKGEO keeps following it, adding each further leg to the last one.
  int extra = 0;
  const std::size_t last = kChainLength - 1;
  while (found && c.size == kChainLength && c.last_body() != 0 && c.last_body() != observer) {
    if (++extra > kMaxLegs) {
      return insufficient_data(kernels, target, observer, et,
                               "The chain of centers of " + std::to_string(target) + " does not end: it loops (" +
                                   chain_text(c.bodies()) + " ...).");
    }
    SC_TRY_ASSIGN(auto&& leg, next_leg(kernels, c.last_body(), et, cache));
    found = leg.has_value();
    if (!found) break;
    State folded = c.legs[last];
    if (c.frames[last] != leg->frame) {
      SC_TRY_ASSIGN(auto&& rotated, change_frame(folded, c.frames[last], leg->frame));
      folded = rotated;
    }
    c.legs[last] = math::state_add(folded, leg->state);
    c.frames[last] = leg->frame;
    c.body_array[last] = leg->center;
  }
  return {};
}

// The observer's side: its state relative to the first body it reaches that is in the target's
// chain (COBS, SOBS, CFRAME) and that body's 1-based position in the chain (CTPOS; 0 = none).
struct ObserverPath {
  State state{};
  int frame = 0;
  std::size_t common = 0;
};

std::size_t position_in(std::span<const int> bodies, int body) {  // ISRCHI
  auto it = std::find(bodies.begin(), bodies.end(), body);
  return it == bodies.end() ? 0 : static_cast<std::size_t>(it - bodies.begin()) + 1;
}

Result<ObserverPath> observer_path(const kernels::KernelRegistry& kernels, const TargetChain& c, int target,
                                   double et, int observer, LegCache* cache) {
  ObserverPath p;
  if (c.last_body() == observer) {
    p.common = c.size;
    p.frame = c.frames[c.size - 1];
    return p;
  }
  int center = observer;
  int legs = 0;
  std::array<int, kChainLength> visited_bodies{observer};  // for the message of a looping chain
  std::size_t visited = 1;
  while (center != 0 && p.common == 0) {
    if (legs >= kMaxLegs) {
      return insufficient_data(kernels, target, observer, et,
                               "The chain of centers of " + std::to_string(observer) + " does not end: it loops (" +
                                   chain_text(std::span<const int>(visited_bodies.data(), visited)) + " ...).");
    }
    SC_TRY_ASSIGN(auto&& leg, next_leg(kernels, center, et, cache));
    if (!leg.has_value()) break;
    const Leg& l = *leg;
    if (legs == 0) {
      p.state = l.state;
      p.frame = l.frame;
    } else if (p.frame == l.frame) {
      p.state = math::state_add(p.state, l.state);
    } else {
      SC_TRY_ASSIGN(auto&& rotated, change_frame(p.state, p.frame, l.frame));
      p.state = math::state_add(rotated, l.state);
      p.frame = l.frame;
    }
    ++legs;
    center = l.center;
    if (visited < kChainLength) visited_bodies[visited++] = center;
    p.common = position_in(c.bodies(), center);
  }
  return p;
}

Result<State> spkgeo_j2000(const kernels::KernelRegistry& kernels, int target, double et, int observer,
                           LegCache* cache) {
  if (target == observer) return State{};
  TargetChain c;
  SC_TRY(target_chain(kernels, target, et, observer, cache, c));
  SC_TRY_ASSIGN(auto&& path, observer_path(kernels, c, target, et, observer, cache));
  ObserverPath& obs = path;
  if (obs.common == 0) {
    return insufficient_data(kernels, target, observer, et,
                             "Data for " + std::to_string(target) + " reach " + chain_text(c.bodies()) +
                                 "; no loaded segment links " + std::to_string(observer) + " to any of these bodies.");
  }

  // The target's state relative to the common node: its legs summed (STARG(I+1) += STARG(I)),
  // each partial sum turned into the next leg's frame first when the frames differ.
  const std::size_t common = obs.common;  // 1-based, as CTPOS
  if (common == 1) c.frames[0] = obs.frame;
  for (std::size_t i = 2; i + 1 <= common; ++i) {  // I = 2 .. CTPOS-1
    State partial = c.legs[i - 1];
    if (c.frames[i - 1] != c.frames[i]) {
      SC_TRY_ASSIGN(auto&& rotated, change_frame(partial, c.frames[i - 1], c.frames[i]));
      partial = rotated;
    }
    c.legs[i] = math::state_add(partial, c.legs[i]);
  }

  const State& target_state = c.legs[common - 1];
  const int target_frame = c.frames[common - 1];
  State state{};
  if (target_frame == obs.frame) {
    state = math::state_sub(target_state, obs.state);
  } else if (target_frame == kJ2000) {
    SC_TRY_ASSIGN(auto&& observer_state, change_frame(obs.state, obs.frame, kJ2000));
    obs.frame = kJ2000;
    state = math::state_sub(target_state, observer_state);
  } else {
    SC_TRY_ASSIGN(auto&& rotated, change_frame(target_state, target_frame, obs.frame));
    state = math::state_sub(rotated, obs.state);
  }
  if (obs.frame != kJ2000) {
    SC_TRY_ASSIGN(auto&& rotated, change_frame(state, obs.frame, kJ2000));
    state = rotated;
  }
  return state;
}

}  // namespace

Result<State> ssb_state_j2000(const kernels::KernelRegistry& kernels, int body, double et, LegCache* cache) {
  // SPKSSB is SPKGEO with the solar-system barycenter as the observer.
  return spkgeo_j2000(kernels, body, et, 0, cache);
}

Result<State> geometric_state_j2000(const kernels::KernelRegistry& kernels, int target, double et, int observer,
                                    LegCache* cache) {
  return spkgeo_j2000(kernels, target, et, observer, cache);
}

}  // namespace sc::spk
