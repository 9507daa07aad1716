// Bringing a J2000 state into a non-inertial frame as the spkezr family does: the frame is taken
// at the epoch its center is seen at, et -+ (light time to the center), and because that epoch
// moves at rate 1 -+ d(lt)/dt, the derivative block of the state transformation is scaled by that
// rate (CSPICE's FRMCHG, then ZZCORSXF, then MXVG; SPKEZ writes the same steps inline).
#pragma once

#include "context.hpp"
#include "errors/result.hpp"
#include "geometry/abcorr.hpp"
#include "math/vector_ops.hpp"

namespace sc::geometry {

// Light time from the observer to a frame's center and its rate (s, unitless).
struct CenterLight {
  double lt = 0;
  double dlt = 0;
};

// `j2000_state` in frame `frame_id` at et - lt (reception) or et + lt (transmission).
// `level`: the frame recursion level (frame_ephemeris.hpp).
Result<math::State> transform_at_light_time(const Context& ctx, int frame_id, double et, const AbCorr& corr,
                                            const CenterLight& center, const math::State& j2000_state,
                                            int level = 0);

}  // namespace sc::geometry
