// Euler angles to rotations and back, once for every layer: EUL2M (a rotation matrix from three
// angles), EUL2XF (a state transformation from three angles and their rates), M2EUL and XF2EUL
// (the inverses), with SPICELIB's arithmetic so the results carry CSPICE's bits. Binary PCK
// types 2, 3 and 20, text-PCK IAU frames and TK frames use the first two; the xf2eul and eul2xf
// calls all four (euler_decomposition.cpp has M2EUL and XF2EUL).
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

// M2EUL's answer: r = [angle3]_axis3 [angle2]_axis2 [angle1]_axis1.
struct EulerAngles {
  double angle3;
  double angle2;
  double angle1;
};

// M2EUL: the Euler angles of rotation r for the axis sequence axis3-axis2-axis1. Errors, in
// M2EUL's order: SPICE(BADAXISNUMBERS) for an axis outside 1..3 or a middle axis equal to a
// neighbour, SPICE(NOTAROTATION) when r fails ISROT with tolerances 0.1. The columns of r are
// made unit vectors first. For an a-b-a sequence angle2 is in [0, pi] and angle3, angle1 in
// [-pi, pi]; for a c-b-a sequence angle2 is in [-pi/2, pi/2]. When r is degenerate for the
// sequence (angle3 and angle1 not unique), angle3 is 0.
Result<EulerAngles> m2eul(const Mat3& r, int axis3, int axis2, int axis1);

// XF2EUL's answer: the angles and their rates (eulang, as EUL2XF takes them) and whether they are
// unique (false when the middle angle makes the first and third rotations about one axis; the
// first angle's rate is then 0, by XF2EUL's convention).
struct EulerStateAndUniqueness {
  EulerState eulang;
  bool unique;
};

// XF2EUL: the Euler angles (M2EUL's, with its errors) of a state transformation's rotation block
// and their rates, from the skew matrix dR/dt R^T.
Result<EulerStateAndUniqueness> xf2eul(const Mat6& xform, int axis_a, int axis_b, int axis_c);

}  // namespace sc::math
