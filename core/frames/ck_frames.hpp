// CK-based frames (frames.req class 3): one link of the frame tree for a frame whose orientation
// comes from a CK, as FRMGET (CKFXFM) and ROTGET (CKFROT) get it. The frame's class ID is the CK
// instrument; ET is converted to its spacecraft clock (CKMETA: CK_<id>_SCLK or id / 1000) and the
// loaded CKs are searched with tolerance 0 (and, for state transformations, angular velocity
// needed). No loaded CK, no loaded clock kernel for that clock (ZZSCLK's seven SCLK variables), or
// no pointing at that instant all end the chain without error, so a transformation through the
// frame fails with SPICE(NOFRAMECONNECT), as in CSPICE.
#pragma once

#include <optional>

#include "context.hpp"
#include "errors/result.hpp"
#include "frames/frame_step.hpp"

namespace sc::frames {

// CKFXFM: the state transformation from the CK frame to the segment's base frame.
Result<std::optional<StateStep>> ck_frame_state_step(const Context& ctx, int inst, double et);

// CKFROT: the rotation from the CK frame to the segment's base frame (the C-matrix transposed).
Result<std::optional<RotationStep>> ck_frame_rotation_step(const Context& ctx, int inst, double et);

}  // namespace sc::frames
