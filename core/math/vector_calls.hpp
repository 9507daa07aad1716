// The vector and matrix utility calls in the shape of the call list (shim-c/calls.idl): 3-vectors
// as 3 numbers, 3x3 matrices as 9 row-major numbers. Each mirrors the CSPICE C function of its
// name: most are the SPICELIB arithmetic of vector_ops/rotation/axis_angle/euler (CSPICE's C
// versions compute the same sums in the same order; rotate_c, rotmat_c, axisar_c, raxisa_c,
// m2eul_c, eul2m_c and vrotv_c call the Fortran routines); vproj and vperp are vproj_c and
// vperp_c (vector_ops_c.hpp), whose arithmetic differs from VPROJ and VPERP.
#pragma once

#include <array>
#include <span>

#include "errors/result.hpp"
#include "math/axis_angle.hpp"
#include "math/euler.hpp"
#include "math/rotation.hpp"
#include "math/vector_ops.hpp"

namespace sc::math::calls {

using Flat3x3 = std::array<double, 9>;  // row-major

Vec3 vadd(std::span<const double> v1, std::span<const double> v2);
Vec3 vsub(std::span<const double> v1, std::span<const double> v2);
Vec3 vscl(double s, std::span<const double> v1);
Vec3 vminus(std::span<const double> v1);
double vdot(std::span<const double> v1, std::span<const double> v2);
Vec3 vcrss(std::span<const double> v1, std::span<const double> v2);
double vnorm(std::span<const double> v1);
Vec3 vhat(std::span<const double> v1);
double vsep(std::span<const double> v1, std::span<const double> v2);
Vec3 vproj(std::span<const double> a, std::span<const double> b);
Vec3 vperp(std::span<const double> a, std::span<const double> b);
Vec3 vrotv(std::span<const double> v, std::span<const double> axis, double theta);
double vdist(std::span<const double> v1, std::span<const double> v2);
Vec3 vlcom(double a, std::span<const double> v1, double b, std::span<const double> v2);
Vec3 vlcom3(double a, std::span<const double> v1, double b, std::span<const double> v2, double c,
            std::span<const double> v3);

Vec3 mxv(std::span<const double> m, std::span<const double> vin);
Vec3 mtxv(std::span<const double> m, std::span<const double> vin);
Mat3 mxm(std::span<const double> m1, std::span<const double> m2);
Mat3 mxmt(std::span<const double> m1, std::span<const double> m2);
Mat3 mtxm(std::span<const double> m1, std::span<const double> m2);
Mat3 xpose(std::span<const double> m1);

Mat3 rotate(double angle, int iaxis);
Mat3 rotmat(std::span<const double> m1, double angle, int iaxis);
Mat3 axisar(std::span<const double> axis, double angle);
// RAXISA: SPICE(NOTAROTATION) (M2Q's check) for a matrix that is not a rotation.
Result<AxisAngle> raxisa(std::span<const double> matrix);
// M2EUL: SPICE(BADAXISNUMBERS), then SPICE(NOTAROTATION).
Result<EulerAngles> m2eul(std::span<const double> r, int axis3, int axis2, int axis1);
// EUL2M: SPICE(BADAXISNUMBERS) unless each axis is 1, 2 or 3.
Result<Mat3> eul2m(double angle3, double angle2, double angle1, int axis3, int axis2, int axis1);

}  // namespace sc::math::calls
