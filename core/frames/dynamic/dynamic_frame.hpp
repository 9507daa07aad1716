// Dynamic (class 5) frames: one link of the frame tree, as FRMGET (state transformations,
// ZZDYNFRM) and ROTGET (rotations, ZZDYNROT) evaluate it. Families: TWO-VECTOR,
// MEAN_EQUATOR_AND_EQUINOX_OF_DATE, TRUE_EQUATOR_AND_EQUINOX_OF_DATE,
// MEAN_ECLIPTIC_AND_EQUINOX_OF_DATE, EULER, PRODUCT; FREEZE_EPOCH (a frame fixed at one epoch,
// no rates) and ROTATION_STATE (ROTATING, or INERTIAL: the rates of the RELATIVE frame's inertial
// counterpart dropped). The recursion limits and the ephemeris come in the FrameEnv
// (ephemeris_source.hpp).
#pragma once

#include "context.hpp"
#include "errors/result.hpp"
#include "frames/dynamic/ephemeris_source.hpp"
#include "math/rotation.hpp"

namespace sc::frames::dynamic {

struct DynamicState {
  math::Mat6 xform{};  // dynamic frame -> base
  int base = 0;        // FRAME_<id>_RELATIVE
};

struct DynamicRotation {
  math::Mat3 rotation{};
  int base = 0;
};

// `frame` is the frame's ID, `center` its FRAME_<id>_CENTER (from FRINFO). At env.level above
// kMaxDynamicLevel the frame is SPICE(RECURSIONTOODEEP), as ZZFRMGT1 / ZZROTGT1 say.
Result<DynamicState> dynamic_state(const Context& ctx, int frame, int center, double et, const FrameEnv& env);
Result<DynamicRotation> dynamic_rotation(const Context& ctx, int frame, int center, double et, const FrameEnv& env);

}  // namespace sc::frames::dynamic
