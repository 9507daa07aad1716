// The frames module's public entry points (frames_api.hpp): name look-ups with CSPICE's wrapper
// checks, and pxform / sxform / pxfrm2 over the frame tree.
#include "frames/frames_api.hpp"

#include <string>

#include "frames/center_frames.hpp"
#include "frames/frame_registry.hpp"
#include "frames/frame_tree.hpp"
#include "inertial/inertial_frames.hpp"
#include "math/rotation.hpp"

namespace sc::frames {

using math::Mat3;
using math::Mat6;
using inertial::kJ2000;

// The C wrappers reject empty strings first; then both names must be known frames.
Result<FramePair> frame_pair(const Context& ctx, std::string_view from, std::string_view to) {
  if (from.empty()) return make_error("SPICE(EMPTYSTRING)", "The 'from' frame name is an empty string.");
  if (to.empty()) return make_error("SPICE(EMPTYSTRING)", "The 'to' frame name is an empty string.");
  SC_TRY_ASSIGN(auto&& f, namfrm_checked(ctx, from));
  SC_TRY_ASSIGN(auto&& t, namfrm_checked(ctx, to));
  if (!f && !t) {
    return make_error("SPICE(UNKNOWNFRAME)", "Neither frame '" + std::string(from) + "' nor '" + std::string(to) +
                                                 "' was recognized as a known reference frame.");
  }
  if (!f || !t) {
    return make_error("SPICE(UNKNOWNFRAME)", "The frame '" + std::string(f ? to : from) +
                                                 "' was not recognized as a known reference frame. Frames defined "
                                                 "by frame kernels need those kernels loaded.");
  }
  return FramePair{*f, *t};
}

Result<Mat3> pxform(const Context& ctx, std::string_view from, std::string_view to, double et, const FrameEnv& env) {
  SC_TRY_ASSIGN(auto&& codes, frame_pair(ctx, from, to));
  return frame_rotation_change(ctx, codes.from, codes.to, et, env);
}

Result<Mat6> sxform(const Context& ctx, std::string_view from, std::string_view to, double et, const FrameEnv& env) {
  SC_TRY_ASSIGN(auto&& codes, frame_pair(ctx, from, to));
  return frame_state_change(ctx, codes.from, codes.to, et, env);
}

Result<Mat3> pxfrm2(const Context& ctx, std::string_view from, std::string_view to, double et_from, double et_to,
                    const FrameEnv& env) {
  SC_TRY_ASSIGN(auto&& codes, frame_pair(ctx, from, to));
  // Through J2000: from (at et_from) -> J2000 -> to (at et_to).
  SC_TRY_ASSIGN(auto&& jf, frame_rotation_change(ctx, codes.from, kJ2000, et_from, env));
  SC_TRY_ASSIGN(auto&& tj, frame_rotation_change(ctx, kJ2000, codes.to, et_to, env));
  return math::multiply(tj, jf);
}

Result<Mat6> state_transform(const Context& ctx, int from, int to, double et, const FrameEnv& env) {
  return frame_state_change(ctx, from, to, et, env);
}

Result<Mat3> rotation(const Context& ctx, int from, int to, double et, const FrameEnv& env) {
  return frame_rotation_change(ctx, from, to, et, env);
}

// The public entry points (frames_api.hpp). The look-ups that can only fail on malformed kernel
// data report "not found" in that case; the *_checked forms (frame_registry.hpp,
// center_frames.hpp) carry the error.

std::optional<int> namfrm(const Context& ctx, std::string_view name) {
  auto code = namfrm_checked(ctx, name);
  return code ? *code : std::nullopt;
}

std::optional<std::string> frmnam(const Context& ctx, int code) { return frame_name(ctx, code); }

std::optional<FrameInfo> frinfo(const Context& ctx, int code) {
  auto info = frinfo_checked(ctx, code);
  return info ? *info : std::nullopt;
}

std::optional<NamedFrame> cidfrm(const Context& ctx, int center) {
  auto frame = cidfrm_checked(ctx, center);
  return frame ? *frame : std::nullopt;
}

std::optional<NamedFrame> ccifrm(const Context& ctx, int frame_class, int class_id) {
  auto frame = ccifrm_checked(ctx, frame_class, class_id);
  if (!frame || !*frame) return std::nullopt;
  return NamedFrame{(*frame)->code, (*frame)->name};
}

}  // namespace sc::frames
