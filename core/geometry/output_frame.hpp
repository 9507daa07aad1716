// The output frame of a state look-up: what kind of frame `ref` names, and how J2000 vectors are
// brought into it. CSPICE's SPKEZ branches on the frame class (FRINFO): inertial frames get the
// aberration-corrected state directly (SPKACS); every other frame gets the J2000 apparent state
// transformed at the epoch of the frame's center as seen by the observer (et -+ light time to the
// center). SPKGEO, for geometric states, transforms the J2000 state at et itself.
#pragma once

#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"
#include "math/rotation.hpp"
#include "math/vector_ops.hpp"

namespace sc::geometry {

enum class FrameKind {
  Inertial,     // class 1: a constant rotation from J2000
  NonInertial,  // PCK, TK (and the classes the frame system reports as unsupported)
  Undescribed,  // the name maps to a frame ID, but FRINFO has no data for it
  Unknown,      // not a frame name
};

struct OutputFrame {
  FrameKind kind = FrameKind::Unknown;
  int id = 0;               // CSPICE frame ID (1 = J2000 ... 21 = DE-143 for built-in inertial frames)
  math::Mat3 from_j2000{};  // rotation J2000 -> frame (inertial frames)
  int center = 0;           // the frame's center (non-inertial frames)
};

// Classifies `ref` (NAMFRM: case-insensitive, leading blanks ignored; then FRINFO). An unknown
// name is FrameKind::Unknown, for the caller to report where CSPICE does; errors come only from
// malformed frame definitions in the kernel pool.
Result<OutputFrame> frame_kind(const Context& ctx, std::string_view ref);

// J2000 itself, the frame aberration corrections are computed in.
OutputFrame j2000_frame();

// One of the 21 built-in inertial frames by name (IRFNUM), as SPKLTC, SPKAPS, SPKACS and SPKAPO
// require of their frame; SPICE(BADFRAME) for any other name (frames defined in kernels
// included).
Result<OutputFrame> builtin_inertial_frame(std::string_view ref);

// SPICE(UNKNOWNFRAME) naming `ref` (or saying it is blank).
Error unknown_frame_error(std::string_view ref);

// A J2000 state or position expressed in the inertial frame `frame` (SPKGEO's final IRFROT + MXV
// on position and velocity); J2000 itself is returned untouched, as SPKGEO skips the rotation.
math::State rotate_state(const OutputFrame& frame, const math::State& j2000_state);
math::Vec3 rotate_position(const OutputFrame& frame, const math::Vec3& j2000_position);

// A J2000 state expressed in any known frame at `et`: the inertial rotation, or the frame
// system's state transformation (FRMCHG + MXVG, as SPKGEO does for non-inertial frames).
// `level`: the frame recursion level (frame_ephemeris.hpp).
Result<math::State> state_in_frame(const Context& ctx, const OutputFrame& frame, const math::State& j2000_state,
                                   double et, int level = 0);

}  // namespace sc::geometry
