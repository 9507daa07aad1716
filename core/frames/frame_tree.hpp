// Transformations between any two frames through the frame tree (CSPICE's FRMCHG for states,
// REFCHG for rotations). Each frame knows only the transformation to the frame it is defined
// against (frame_step.hpp). The chain from the first frame is followed towards J2000 (keeping at
// most 10 links, later links multiplied into the last one), the chain from the second frame until
// it meets a frame of the first chain; the result is the first chain up to that frame times the
// inverse of the second chain, multiplied in SPICELIB's order. Chains that never meet are
// SPICE(NOFRAMECONNECT); a chain that cycles (A relative to B relative to A) is reported as
// SPICE(FRAMELOOP) after kMaxFrameHops links instead of looping forever as CSPICE would.
#pragma once

#include "context.hpp"
#include "errors/result.hpp"
#include "frames/dynamic/ephemeris_source.hpp"
#include "math/rotation.hpp"

namespace sc::frames {

inline constexpr int kMaxFrameHops = 100;

// `env` (dynamic frames, class 5): the ephemeris their vectors come from and CSPICE's recursion
// level (ephemeris_source.hpp); the default evaluates every frame that needs no ephemeris.
Result<math::Mat6> frame_state_change(const Context& ctx, int from, int to, double et,
                                      const FrameEnv& env = {});  // FRMCHG
Result<math::Mat3> frame_rotation_change(const Context& ctx, int from, int to, double et,
                                         const FrameEnv& env = {});  // REFCHG

}  // namespace sc::frames
