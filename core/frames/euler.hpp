// Euler-angle rotations: EUL2M (a rotation matrix from three angles) and EUL2XF (a state
// transformation from three angles and their rates), with SPICELIB's arithmetic so the matrices
// carry CSPICE's bits.
#pragma once

#include <array>

#include "errors/result.hpp"
#include "frames/inertial_frames.hpp"

namespace sc::frames {

// [angle3]_axis3 [angle2]_axis2 [angle1]_axis1, built as ROTATE(angle1) then ROTMAT(angle2),
// ROTMAT(angle3). Axes outside 1..3: SPICE(BADAXISNUMBERS).
Result<Mat3> eul2m(double angle3, double angle2, double angle1, int axis3, int axis2, int axis1);

// EUL2XF: `angles` = (alpha, beta, gamma, dalpha, dbeta, dgamma) for
// R = [alpha]_a [beta]_b [gamma]_c; returns [R 0; dR/dt R]. Axes must be 1..3; when the middle
// axis repeats a neighbour, the angles are merged as EUL2XF does.
Mat6 eul2xf(const std::array<double, 6>& angles, int axis_a, int axis_b, int axis_c);

}  // namespace sc::frames
