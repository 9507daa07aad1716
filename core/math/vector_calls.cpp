// The vector and matrix utility calls (see vector_calls.hpp): flat spans to Vec3/Mat3, then the
// one core implementation of each routine.
#include "math/vector_calls.hpp"

#include "math/vector_ops_c.hpp"

namespace sc::math::calls {
namespace {

Vec3 v3(std::span<const double> v) { return {v[0], v[1], v[2]}; }
Mat3 m3(std::span<const double> m) {
  return Mat3{{{m[0], m[1], m[2]}, {m[3], m[4], m[5]}, {m[6], m[7], m[8]}}};
}

}  // namespace

Vec3 vadd(std::span<const double> v1, std::span<const double> v2) { return math::vadd(v3(v1), v3(v2)); }
Vec3 vsub(std::span<const double> v1, std::span<const double> v2) { return math::vsub(v3(v1), v3(v2)); }
Vec3 vscl(double s, std::span<const double> v1) { return math::vscl(s, v3(v1)); }
Vec3 vminus(std::span<const double> v1) { return math::vminus(v3(v1)); }
double vdot(std::span<const double> v1, std::span<const double> v2) { return math::vdot(v3(v1), v3(v2)); }
Vec3 vcrss(std::span<const double> v1, std::span<const double> v2) { return math::vcrss(v3(v1), v3(v2)); }
double vnorm(std::span<const double> v1) { return math::vnorm(v3(v1)); }
Vec3 vhat(std::span<const double> v1) { return math::vhat(v3(v1)); }
double vsep(std::span<const double> v1, std::span<const double> v2) { return math::vsep(v3(v1), v3(v2)); }
Vec3 vproj(std::span<const double> a, std::span<const double> b) { return math::vproj_c(v3(a), v3(b)); }
Vec3 vperp(std::span<const double> a, std::span<const double> b) { return math::vperp_c(v3(a), v3(b)); }
Vec3 vrotv(std::span<const double> v, std::span<const double> axis, double theta) {
  return math::vrotv(v3(v), v3(axis), theta);
}
// vdist_c: VSUB then VNORM.
double vdist(std::span<const double> v1, std::span<const double> v2) {
  return math::vnorm(math::vsub(v3(v1), v3(v2)));
}
Vec3 vlcom(double a, std::span<const double> v1, double b, std::span<const double> v2) {
  return math::vlcom(a, v3(v1), b, v3(v2));
}
Vec3 vlcom3(double a, std::span<const double> v1, double b, std::span<const double> v2, double c,
            std::span<const double> v3_) {
  return math::vlcom3(a, v3(v1), b, v3(v2), c, v3(v3_));
}

Vec3 mxv(std::span<const double> m, std::span<const double> vin) { return math::mxv(m3(m), v3(vin)); }
Vec3 mtxv(std::span<const double> m, std::span<const double> vin) { return math::mtxv(m3(m), v3(vin)); }
Mat3 mxm(std::span<const double> m1, std::span<const double> m2) { return math::multiply(m3(m1), m3(m2)); }
Mat3 mxmt(std::span<const double> m1, std::span<const double> m2) {
  return math::multiply_transposed(m3(m1), m3(m2));
}
Mat3 mtxm(std::span<const double> m1, std::span<const double> m2) {
  return math::transposed_multiply(m3(m1), m3(m2));
}
Mat3 xpose(std::span<const double> m1) { return math::transpose(m3(m1)); }

Mat3 rotate(double angle, int iaxis) { return math::rotate(angle, iaxis); }
Mat3 rotmat(std::span<const double> m1, double angle, int iaxis) {
  return math::rotate_matrix(m3(m1), angle, iaxis);
}
Mat3 axisar(std::span<const double> axis, double angle) { return math::axisar(v3(axis), angle); }
Result<AxisAngle> raxisa(std::span<const double> matrix) { return math::raxisa(m3(matrix)); }
Result<EulerAngles> m2eul(std::span<const double> r, int axis3, int axis2, int axis1) {
  return math::m2eul(m3(r), axis3, axis2, axis1);
}
Result<Mat3> eul2m(double angle3, double angle2, double angle1, int axis3, int axis2, int axis1) {
  SC_TRY(check_euler_axes(axis3, axis2, axis1));
  return math::eul2m(angle3, angle2, angle1, axis3, axis2, axis1);
}

}  // namespace sc::math::calls
