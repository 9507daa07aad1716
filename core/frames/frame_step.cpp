// FRMGET / ROTGET (see frame_step.hpp).
#include "frames/frame_step.hpp"

#include <string>

#include "frames/body_orientation.hpp"
#include "frames/ck_frames.hpp"  // class 3 (issue 12, CK part)
#include "frames/dynamic/dynamic_frame.hpp"
#include "frames/frame_registry.hpp"
#include "frames/frame_text.hpp"
#include "frames/state_transforms.hpp"
#include "frames/tk_frames.hpp"
#include "inertial/inertial_frames.hpp"
#include "math/rotation.hpp"

namespace sc::frames {
namespace {

using inertial::kJ2000;
constexpr int kInertial = 1, kPck = 2, kCk = 3, kTk = 4, kDynamic = 5, kSwitch = 6;

std::string describe(const Context& ctx, int frame) {
  auto name = frame_name(ctx, frame);
  return name ? "'" + *name + "' (ID " + text::int_text(frame) + ")" : "with ID " + text::int_text(frame);
}

Error unsupported(const Context& ctx, int frame, int frame_class) {
  const char* kind = frame_class == kCk ? "a CK-based (class 3)" : "a switch (class 6)";
  return make_error("SPICE(NOTSUPPORTED)", "The reference frame " + describe(ctx, frame) + " is " + kind +
                                               " frame; this frame class is not supported yet. Supported classes "
                                               "are inertial (1), PCK (2), fixed-offset TK (4) and dynamic (5).");
}

Error unknown_class(const Context& ctx, int frame, int frame_class) {
  return make_error("SPICE(UNKNOWNFRAMETYPE)", "The reference frame " + describe(ctx, frame) + " has class " +
                                                   text::int_text(frame_class) +
                                                   ", which is not a frame class SPICE recognises.");
}

}  // namespace

Result<std::optional<StateStep>> state_step(const Context& ctx, int frame, double et, const FrameEnv& env) {
  SC_TRY_ASSIGN(auto&& info, frinfo_checked(ctx, frame));
  if (!info) return std::optional<StateStep>();
  switch (info->frame_class) {
    case kInertial: {
      SC_TRY_ASSIGN(auto&& r, inertial::rotation(frame, kJ2000));
      return std::optional(StateStep{math::constant_rotation_state_transform(r), kJ2000});
    }
    case kPck: {
      SC_TRY_ASSIGN(auto&& tsipm, body_state_transform(ctx, info->class_id, et));
      return std::optional(StateStep{invert_state_transform(tsipm), kJ2000});
    }
    case kTk: {
      SC_TRY_ASSIGN(auto&& tk, tk_offset(ctx, info->class_id));
      return std::optional(StateStep{math::constant_rotation_state_transform(tk.rotation), tk.relative});
    }
    case kCk:  // CKFXFM (frames/ck_frames.hpp)
      return ck_frame_state_step(ctx, info->class_id, et);
    case kDynamic: {  // class 5 hook: frames/dynamic/
      SC_TRY_ASSIGN(auto&& d, dynamic::dynamic_state(ctx, frame, info->center, et, env));
      return std::optional(StateStep{d.xform, d.base});
    }
    case kSwitch:
      return unsupported(ctx, frame, info->frame_class);
    default:
      return unknown_class(ctx, frame, info->frame_class);
  }
}

Result<std::optional<RotationStep>> rotation_step(const Context& ctx, int frame, double et,
                                                  const FrameEnv& env) {
  SC_TRY_ASSIGN(auto&& info, frinfo_checked(ctx, frame));
  if (!info) return std::optional<RotationStep>();
  switch (info->frame_class) {
    case kInertial: {
      SC_TRY_ASSIGN(auto&& r, inertial::rotation(frame, kJ2000));
      return std::optional(RotationStep{r, kJ2000});
    }
    case kPck: {
      // TIPBOD is TISBOD's rotation block; ROTGET transposes it.
      SC_TRY_ASSIGN(auto&& tsipm, body_state_transform(ctx, info->class_id, et));
      return std::optional(RotationStep{math::transpose(rotation_block(tsipm)), kJ2000});
    }
    case kTk: {
      SC_TRY_ASSIGN(auto&& tk, tk_offset(ctx, info->class_id));
      return std::optional(RotationStep{tk.rotation, tk.relative});
    }
    case kCk:  // CKFROT (frames/ck_frames.hpp)
      return ck_frame_rotation_step(ctx, info->class_id, et);
    case kDynamic: {  // class 5 hook: frames/dynamic/
      SC_TRY_ASSIGN(auto&& d, dynamic::dynamic_rotation(ctx, frame, info->center, et, env));
      return std::optional(RotationStep{d.rotation, d.base});
    }
    case kSwitch:
      return unsupported(ctx, frame, info->frame_class);
    default:
      return unknown_class(ctx, frame, info->frame_class);
  }
}

}  // namespace sc::frames
