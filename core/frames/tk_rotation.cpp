// SHARPR, VHATG, Q2M (see tk_rotation.hpp).
#include "frames/tk_rotation.hpp"

#include <cmath>

#include "math/vector_ops.hpp"

namespace sc::frames {

using math::Mat3;
using math::Vec3;

std::array<Vec3, 3> sharpen_columns(const std::array<Vec3, 3>& columns) {
  std::array<Vec3, 3> out = columns;
  out[0] = math::vhat(out[0]);
  out[2] = math::ucrss(out[0], out[1]);
  out[1] = math::ucrss(out[2], out[0]);
  return out;
}

std::array<double, 4> unit_quaternion(const std::array<double, 4>& q) {
  // VNORMG: the largest magnitude, then the norm of the scaled vector times it.
  double big = 0.0;
  for (double x : q) {
    if (std::fabs(x) > big) big = std::fabs(x);
  }
  double norm = 0.0;
  if (big != 0.0) {
    double sum = 0.0;
    for (double x : q) {
      const double s = x / big;
      sum += s * s;
    }
    norm = big * std::sqrt(sum);
  }
  if (!(norm > 0.0)) return {0.0, 0.0, 0.0, 0.0};
  return {q[0] / norm, q[1] / norm, q[2] / norm, q[3] / norm};
}

Mat3 quaternion_to_matrix(const std::array<double, 4>& q) {
  double q01 = q[0] * q[1];
  double q02 = q[0] * q[2];
  double q03 = q[0] * q[3];
  double q12 = q[1] * q[2];
  double q13 = q[1] * q[3];
  double q23 = q[2] * q[3];
  double q1s = q[1] * q[1];
  double q2s = q[2] * q[2];
  double q3s = q[3] * q[3];
  // Q2M treats a non-unit quaternion as its normalised self.
  const double l2 = q[0] * q[0] + q1s + q2s + q3s;
  if (l2 != 1.0 && l2 != 0.0) {
    const double k = 1.0 / l2;
    q01 *= k;
    q02 *= k;
    q03 *= k;
    q12 *= k;
    q13 *= k;
    q23 *= k;
    q1s *= k;
    q2s *= k;
    q3s *= k;
  }
  Mat3 r{};
  r[0][0] = 1.0 - (q2s + q3s) * 2.0;
  r[1][0] = (q12 + q03) * 2.0;
  r[2][0] = (q13 - q02) * 2.0;
  r[0][1] = (q12 - q03) * 2.0;
  r[1][1] = 1.0 - (q1s + q3s) * 2.0;
  r[2][1] = (q23 + q01) * 2.0;
  r[0][2] = (q13 + q02) * 2.0;
  r[1][2] = (q23 - q01) * 2.0;
  r[2][2] = 1.0 - (q1s + q2s) * 2.0;
  return r;
}

}  // namespace sc::frames
