// The output frame of a state look-up: what kind of frame `ref` names, and how J2000 vectors are
// brought into it. CSPICE's SPKEZ branches on the frame class (FRINFO): inertial frames get the
// aberration-corrected state directly (SPKACS); other frames get the J2000 apparent state
// transformed at the light-time-corrected epoch of the frame's center. Only the built-in inertial
// frames are known to the core so far, so every other name resolves to FrameKind::Unknown.
#pragma once

#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"
#include "geometry/vector_ops.hpp"
#include "math/rotation.hpp"

namespace sc::geometry {

enum class FrameKind { Inertial, Unknown };

struct OutputFrame {
  FrameKind kind = FrameKind::Unknown;
  int id = 0;                    // CSPICE frame ID (1 = J2000 ... 21 = DE-143 for inertial frames)
  math::Mat3 from_j2000{};       // rotation J2000 -> frame (inertial frames)
};

// Classifies `ref` (case-insensitive, surrounding blanks ignored). Never fails: an unrecognised
// name is FrameKind::Unknown, and the caller reports it at the point where CSPICE does.
OutputFrame frame_kind(const Context& ctx, std::string_view ref);

// SPICE(UNKNOWNFRAME) naming `ref` (or saying it is blank).
Error unknown_frame_error(std::string_view ref);

// The inertial frame named by `ref`, or SPICE(UNKNOWNFRAME).
Result<OutputFrame> require_inertial_frame(const Context& ctx, std::string_view ref);

// A J2000 state or position expressed in the inertial frame `frame` (SPKGEO's final IRFROT + MXV
// on position and velocity); J2000 itself is returned untouched, as SPKGEO skips the rotation.
State6 rotate_state(const OutputFrame& frame, const State6& j2000_state);
Vec3 rotate_position(const OutputFrame& frame, const Vec3& j2000_position);

}  // namespace sc::geometry
