// Euler angles (and their rates) to rotation and state transformation matrices, with SPICELIB's
// EUL2M and EUL2XF operation order so the matrices carry CSPICE's bits.
//
// Notation (rotation.req): [x]_i is the frame rotation of x radians about axis i (1 = x, 2 = y,
// 3 = z), math::rotate(x, i).
#pragma once

#include <array>

#include "math/rotation.hpp"

namespace sc::pck {

// Angles and their time derivatives: (alpha, beta, gamma, dalpha/dt, dbeta/dt, dgamma/dt).
using EulerState = std::array<double, 6>;

// EUL2M: [angle3]_axis3 [angle2]_axis2 [angle1]_axis1, built as ROTATE(angle1) followed by
// ROTMAT(angle2) and ROTMAT(angle3). Axes must be 1, 2 or 3.
math::Mat3 euler_to_matrix(double angle3, double angle2, double angle1, int axis3, int axis2, int axis1);

// EUL2XF for R = [alpha]_a [beta]_b [gamma]_c with the middle axis b different from a and c (the
// only case the PCK readers need: 3-1-3). The result is the state transformation
//    | R      0 |
//    | dR/dt  R |
// where dR/dt = (dR/dt R^T) R and dR/dt R^T is the skew matrix whose components EUL2XF obtains
// from the angle rates through the linear system it calls SOLUTN (see the .cpp).
math::Mat6 euler_to_state_transform(const EulerState& angles, int a, int b, int c);

}  // namespace sc::pck
