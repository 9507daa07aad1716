// Fixed-offset ("TK", class 4) frames, as CSPICE's TKFRAM reads them:
//    TKFRAME_<frame>_RELATIVE = '<frame the offset is relative to>'
//    TKFRAME_<frame>_SPEC     = 'MATRIX' | 'ANGLES' | 'QUATERNION'
//    TKFRAME_<frame>_MATRIX   = 9 numbers, column by column (sharpened to a rotation)
//    TKFRAME_<frame>_ANGLES   = 3 angles, _AXES = 3 axes, optional _UNITS (default RADIANS):
//                               [a1]_x1 [a2]_x2 [a3]_x3
//    TKFRAME_<frame>_Q        = SPICE quaternion (normalised first)
// <frame> is the frame's ID or its name; each keyword may use either form, but not both
// (SPICE(COMPETINGFRAMESPEC)). Missing or malformed keywords: SPICE(VARIABLENOTFOUND),
// SPICE(BADVARIABLESIZE), SPICE(BADVARIABLETYPE); an unknown relative frame SPICE(BADFRAMESPEC),
// a frame relative to itself SPICE(BADFRAMESPEC2), an unknown SPEC SPICE(UNKNOWNFRAMESPEC).
#pragma once

#include "context.hpp"
#include "errors/result.hpp"
#include "math/rotation.hpp"

namespace sc::frames {

struct TkOffset {
  math::Mat3 rotation{};  // takes vectors in the TK frame to the relative frame
  int relative = 0;  // frame ID of the relative frame
};

// TKFRAM for the frame with ID `frame_id` (its class ID: TK frames use their frame ID).
Result<TkOffset> tk_offset(const Context& ctx, int frame_id);

}  // namespace sc::frames
