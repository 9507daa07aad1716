// The frame-rate calls in the shape of the call list (shim-c/calls.idl): matrices arrive as flat
// row-major spans of their exact size (9 for 3x3, 36 for 6x6; the bindings check the length) and
// leave as Mat3/Mat6 (flattened row-major by the shim). CSPICE's names and argument order:
// xf2rav_c, rav2xf_c, xf2eul_c, eul2xf_c, invstm_c, rotvec_c, twovec_c.
#pragma once

#include <span>

#include "errors/result.hpp"
#include "math/euler.hpp"
#include "math/frame_rates.hpp"

namespace sc::math {

RotationAndRate xf2rav(std::span<const double> xform);                    // xform: 36
Mat6 rav2xf(std::span<const double> rot, std::span<const double> av);     // rot: 9, av: 3
Mat6 invstm(std::span<const double> mat);                                 // mat: 36
Vec3 rotvec(std::span<const double> v1, double angle, int iaxis);         // v1: 3

// XF2EUL with M2EUL's errors (SPICE(BADAXISNUMBERS), SPICE(NOTAROTATION)).
Result<EulerStateAndUniqueness> xf2eul(std::span<const double> xform, int axisa, int axisb, int axisc);

// EUL2XF: SPICE(BADAXISNUMBERS) unless every axis is 1, 2 or 3 (EUL2M's check; EUL2XF reaches it
// after replacing a repeated middle axis, which leaves a bad axis bad).
Result<Mat6> eul2xf(std::span<const double> eulang, int axisa, int axisb, int axisc);  // eulang: 6

// TWOVEC with its errors (SPICE(BADINDEX), SPICE(UNDEFINEDFRAME), SPICE(DEPENDENTVECTORS)).
Result<Mat3> twovec(std::span<const double> axdef, int indexa, std::span<const double> plndef, int indexp);

}  // namespace sc::math
