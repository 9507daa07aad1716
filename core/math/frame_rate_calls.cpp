// The frame-rate calls (see frame_rate_calls.hpp): flat spans to matrices, then the SPICELIB
// routines of frame_rates, euler and two_vector_frame.
#include "math/frame_rate_calls.hpp"

#include "math/two_vector_frame.hpp"

namespace sc::math {
namespace {

Vec3 vec3_of(std::span<const double> v) { return {v[0], v[1], v[2]}; }

Mat3 mat3_of(std::span<const double> m) {
  Mat3 out{};
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < 3; ++j) out[i][j] = m[3 * i + j];
  }
  return out;
}

Mat6 mat6_of(std::span<const double> m) {
  Mat6 out{};
  for (int i = 0; i < 6; ++i) {
    for (int j = 0; j < 6; ++j) out[i][j] = m[6 * i + j];
  }
  return out;
}

}  // namespace

RotationAndRate xf2rav(std::span<const double> xform) { return xf2rav(mat6_of(xform)); }

Mat6 rav2xf(std::span<const double> rot, std::span<const double> av) { return rav2xf(mat3_of(rot), vec3_of(av)); }

Mat6 invstm(std::span<const double> mat) { return invstm(mat6_of(mat)); }

Vec3 rotvec(std::span<const double> v1, double angle, int iaxis) { return rotvec(vec3_of(v1), angle, iaxis); }

Result<EulerStateAndUniqueness> xf2eul(std::span<const double> xform, int axisa, int axisb, int axisc) {
  return xf2eul(mat6_of(xform), axisa, axisb, axisc);
}

Result<Mat6> eul2xf(std::span<const double> eulang, int axisa, int axisb, int axisc) {
  SC_TRY(check_euler_axes(axisa, axisb, axisc));
  const EulerState angles{eulang[0], eulang[1], eulang[2], eulang[3], eulang[4], eulang[5]};
  return eul2xf(angles, axisa, axisb, axisc);
}

Result<Mat3> twovec(std::span<const double> axdef, int indexa, std::span<const double> plndef, int indexp) {
  return twovec(vec3_of(axdef), indexa, vec3_of(plndef), indexp);
}

}  // namespace sc::math
