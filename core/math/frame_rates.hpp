// State transformations taken apart and put together: XF2RAV (rotation and angular velocity of a
// 6x6 state transformation), RAV2XF (the inverse construction) and INVSTM (the inverse of a state
// transformation), with SPICELIB's arithmetic so the results carry CSPICE's bits.
//
// A state transformation from frame 1 to frame 2 is
//    | R      0 |
//    | dR/dt  R |
// with dR/dt = R W^T, where W is the skew matrix of the angular velocity av of frame 2 relative to
// frame 1, expressed in frame 1 (W x = av x x); see rotation.req.
#pragma once

#include "math/rotation.hpp"
#include "math/vector_ops.hpp"

namespace sc::math {

struct RotationAndRate {
  Mat3 rot;  // R, the upper left block
  Vec3 av;   // angular velocity of the "to" frame relative to the "from" frame, in the "from" frame (rad/s)
};

// XF2RAV: rot = R; av from the skew matrix (dR/dt)^T R (MTXM), read from its (3,2), (1,3) and
// (2,1) entries.
RotationAndRate xf2rav(const Mat6& xform);

// RAV2XF: R on both diagonal blocks, zeros above, R W^T (MXM) below.
Mat6 rav2xf(const Mat3& rot, const Vec3& av);

// INVSTM: the inverse of a state transformation, which is each 3x3 block transposed in place
// (XPOSBL with block size 3): | R^T 0 ; (dR/dt)^T R^T |. Exact (only copies).
Mat6 invstm(const Mat6& xform);

}  // namespace sc::math
