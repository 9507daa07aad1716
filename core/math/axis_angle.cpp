// AXISAR, RAXISA (see axis_angle.hpp).
#include "math/axis_angle.hpp"

#include "math/angles.hpp"
#include "math/quaternion.hpp"
#include "math/trig.hpp"

namespace sc::math {

Mat3 axisar(const Vec3& axis, double angle) {
  Mat3 r = identity3();
  for (int j = 0; j < 3; ++j) {
    const Vec3 column = vrotv(Vec3{r[0][j], r[1][j], r[2][j]}, axis, angle);
    for (int i = 0; i < 3; ++i) r[i][j] = column[i];
  }
  return r;
}

Result<AxisAngle> raxisa(const Mat3& m) {
  SC_TRY_ASSIGN(const Quat q, m2q(m));
  const Vec3 s{q[1], q[2], q[3]};
  // The quaternion is cos(angle/2) + sin(angle/2) axis; the identity and half turns are taken
  // apart as RAXISA does.
  if (vzero(s)) return AxisAngle{Vec3{0.0, 0.0, 1.0}, 0.0};
  if (q[0] == 0.0) return AxisAngle{s, kPi};
  return AxisAngle{vhat(s), atan2(vnorm(s), q[0]) * 2.0};
}

}  // namespace sc::math
