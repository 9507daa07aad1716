// Euler angles to rotations, once for every layer: EUL2M (a rotation matrix from three angles)
// and EUL2XF (a state transformation from three angles and their rates), with SPICELIB's
// arithmetic so the matrices carry CSPICE's bits. Binary PCK types 2, 3 and 20, text-PCK IAU
// frames and TK frames all use these.
//
// Notation (rotation.req): [x]_i is the frame rotation of x radians about axis i (1 = x, 2 = y,
// 3 = z), math::rotate(x, i).
#pragma once

#include <array>

#include "errors/result.hpp"
#include "math/rotation.hpp"

namespace sc::math {

// Angles and their time derivatives: (alpha, beta, gamma, dalpha/dt, dbeta/dt, dgamma/dt).
using EulerState = std::array<double, 6>;

// EUL2M's check, for axes read from kernels: SPICE(BADAXISNUMBERS) unless each axis is 1, 2 or 3.
Status check_euler_axes(int axis3, int axis2, int axis1);

// EUL2M: [angle3]_axis3 [angle2]_axis2 [angle1]_axis1, built as ROTATE(angle1) then
// ROTMAT(angle2), ROTMAT(angle3). Axes must be 1..3 (check_euler_axes).
Mat3 eul2m(double angle3, double angle2, double angle1, int axis3, int axis2, int axis1);

// EUL2XF: `angles` = (alpha, beta, gamma, dalpha, dbeta, dgamma) for
// R = [alpha]_a [beta]_b [gamma]_c; returns
//    | R      0 |
//    | dR/dt  R |
// where dR/dt = (dR/dt R^T) R and dR/dt R^T is the skew matrix whose components EUL2XF obtains
// from the angle rates through the linear system it calls SOLUTN. Axes must be 1..3; when the
// middle axis repeats a neighbour, the angles are merged as EUL2XF does.
Mat6 eul2xf(const EulerState& angles, int axis_a, int axis_b, int axis_c);

}  // namespace sc::math
