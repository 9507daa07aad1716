// Q2M, M2Q, QXQ, QDQ2AV, VNORMG, VHATG (see quaternion.hpp).
#include "math/quaternion.hpp"

#include <cmath>  // std::sqrt, std::fabs: exact on every backend

#include "math/is_rotation.hpp"

namespace sc::math {

Mat3 q2m(const Quat& q) {
  double q01 = q[0] * q[1];
  double q02 = q[0] * q[2];
  double q03 = q[0] * q[3];
  double q12 = q[1] * q[2];
  double q13 = q[1] * q[3];
  double q23 = q[2] * q[3];
  double q1s = q[1] * q[1];
  double q2s = q[2] * q[2];
  double q3s = q[3] * q[3];
  // Q2M "sharpens" a quaternion that is not of unit length by scaling every product by 1/|q|^2.
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

Result<Quat> m2q(const Mat3& r) {
  if (!isrot(r, 0.1, 0.1)) return make_error("SPICE(NOTAROTATION)", "Input matrix was not a rotation.");
  // With the quaternion (c, s1, s2, s3): 1 + trace = 4 c^2 and 1 - trace + 2 r(i,i) = 4 si^2. M2Q
  // starts from the largest of the four (the first of them that is >= 1, in this order) and gets
  // the others from the off-diagonal sums and differences, which keeps full precision.
  const double trace = r[0][0] + r[1][1] + r[2][2];
  const double mtrace = 1.0 - trace;
  const double cc4 = trace + 1.0;
  const double s114 = mtrace + r[0][0] * 2.0;
  const double s224 = mtrace + r[1][1] * 2.0;
  const double s334 = mtrace + r[2][2] * 2.0;
  double c = 0.0;
  double s[3] = {0.0, 0.0, 0.0};
  if (1.0 <= cc4) {
    c = std::sqrt(cc4 * 0.25);
    const double factor = 1.0 / (c * 4.0);
    s[0] = (r[2][1] - r[1][2]) * factor;
    s[1] = (r[0][2] - r[2][0]) * factor;
    s[2] = (r[1][0] - r[0][1]) * factor;
  } else if (1.0 <= s114) {
    s[0] = std::sqrt(s114 * 0.25);
    const double factor = 1.0 / (s[0] * 4.0);
    c = (r[2][1] - r[1][2]) * factor;
    s[1] = (r[0][1] + r[1][0]) * factor;
    s[2] = (r[0][2] + r[2][0]) * factor;
  } else if (1.0 <= s224) {
    s[1] = std::sqrt(s224 * 0.25);
    const double factor = 1.0 / (s[1] * 4.0);
    c = (r[0][2] - r[2][0]) * factor;
    s[0] = (r[0][1] + r[1][0]) * factor;
    s[2] = (r[1][2] + r[2][1]) * factor;
  } else {
    s[2] = std::sqrt(s334 * 0.25);
    const double factor = 1.0 / (s[2] * 4.0);
    c = (r[1][0] - r[0][1]) * factor;
    s[0] = (r[0][2] + r[2][0]) * factor;
    s[1] = (r[1][2] + r[2][1]) * factor;
  }
  const double l2 = c * c + s[0] * s[0] + s[1] * s[1] + s[2] * s[2];
  if (l2 != 1.0) {
    const double polish = 1.0 / std::sqrt(l2);
    c *= polish;
    s[0] *= polish;
    s[1] *= polish;
    s[2] *= polish;
  }
  if (c > 0.0) return Quat{c, s[0], s[1], s[2]};
  return Quat{-c, -s[0], -s[1], -s[2]};
}

Quat qxq(const Quat& q1, const Quat& q2) {
  const Vec3 v1{q1[1], q1[2], q1[3]};
  const Vec3 v2{q2[1], q2[2], q2[3]};
  const Vec3 v = vlcom3(q1[0], v2, q2[0], v1, 1.0, vcrss(v1, v2));
  return Quat{q1[0] * q2[0] - vdot(v1, v2), v[0], v[1], v[2]};
}

Vec3 qdq2av(const Quat& q, const Quat& dq) {
  const Quat qhat = vhatg4(q);
  const Quat qstar{qhat[0], -qhat[1], -qhat[2], -qhat[3]};
  const Quat t = qxq(qstar, dq);
  return vscl(-2.0, Vec3{t[1], t[2], t[3]});
}

double vnormg4(const Quat& v) {
  double big = 0.0;
  for (double x : v) {
    if (std::fabs(x) > big) big = std::fabs(x);
  }
  if (big == 0.0) return 0.0;
  double sum = 0.0;
  for (double x : v) {
    const double a = x / big;
    sum += a * a;
  }
  return big * std::sqrt(sum);
}

Quat vhatg4(const Quat& v) {
  const double mag = vnormg4(v);
  if (!(mag > 0.0)) return Quat{0.0, 0.0, 0.0, 0.0};
  return Quat{v[0] / mag, v[1] / mag, v[2] / mag, v[3] / mag};
}

}  // namespace sc::math
