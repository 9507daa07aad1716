// One link of the frame tree (CSPICE's FRMGET for state transformations, ROTGET for rotations):
// how a frame's vectors map to the frame it is defined against, by frame class:
//   1 inertial: the constant rotation to J2000;
//   2 PCK: the inverse of TISBOD (body-fixed -> J2000);
//   4 TK: the fixed offset to the RELATIVE frame;
//   3 CK: the transposed C-matrix at ET (frames/ck_frames.hpp);
//   5 dynamic: ZZDYNFRM / ZZDYNROT (frames/dynamic/);
//   6 switch: not supported yet (SPICE(NOTSUPPORTED));
//   other classes: SPICE(UNKNOWNFRAMETYPE).
// nullopt when the frame is unknown (FRINFO finds nothing), which ends a chain without error.
#pragma once

#include <optional>

#include "context.hpp"
#include "errors/result.hpp"
#include "frames/dynamic/ephemeris_source.hpp"
#include "math/rotation.hpp"

namespace sc::frames {

struct StateStep {
  math::Mat6 xform{};  // frame -> `to`
  int to = 0;
};

struct RotationStep {
  math::Mat3 rotation{};  // frame -> `to`
  int to = 0;
};

// `env` reaches class 5 (dynamic) frames only: frames/dynamic/dynamic_frame.hpp.
Result<std::optional<StateStep>> state_step(const Context& ctx, int frame, double et, const FrameEnv& env = {});
Result<std::optional<RotationStep>> rotation_step(const Context& ctx, int frame, double et,
                                                  const FrameEnv& env = {});

}  // namespace sc::frames
