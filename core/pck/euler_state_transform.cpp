#include "pck/euler_state_transform.hpp"

#include "math/vector_ops.hpp"
#include "math/trig.hpp"

namespace sc::pck {
namespace {

// EUL2XF's D = DELTA(a, b): +1 when b follows a in the cyclic order x -> y -> z -> x, else -1.
double cyclic_sign(int a, int b) { return b == a % 3 + 1 ? 1.0 : -1.0; }

}  // namespace

math::Mat3 euler_to_matrix(double angle3, double angle2, double angle1, int axis3, int axis2, int axis1) {
  const math::Mat3 r1 = math::rotate(angle1, axis1);
  const math::Mat3 r2 = math::rotate_matrix(r1, angle2, axis2);
  return math::rotate_matrix(r2, angle3, axis3);
}

math::Mat6 euler_to_state_transform(const EulerState& angles, int a, int b, int c) {
  const math::Mat3 r = euler_to_matrix(angles[0], angles[1], angles[2], a, b, c);

  const int l = 6 - a - b;  // the third axis, neither a nor b
  const double d = cyclic_sign(a, b);
  const double ca = math::cos(angles[0]);
  const double sa = math::sin(angles[0]);
  double u, v;
  if (a == c) {
    u = math::cos(angles[1]);
    v = d * math::sin(angles[1]);
  } else {
    u = -d * math::sin(angles[1]);
    v = math::cos(angles[1]);
  }

  // D times the angular velocity components (W(a), W(b), W(l)) from the angle rates; the
  // products are written with EUL2XF's grouping, e.g. (-d * ca) * v.
  const math::Mat3 solution{{{-d, 0.0, -d * u}, {0.0, -d * ca, -sa * v}, {0.0, sa, -d * ca * v}}};
  const math::Vec3 domega = math::mxv(solution, {angles[3], angles[4], angles[5]});

  // dR/dt R^T, the skew matrix of those components (zero-based axis indices).
  const int ia = a - 1, ib = b - 1, il = l - 1;
  math::Mat3 drdtrt{};
  drdtrt[il][ib] = domega[0];
  drdtrt[ib][il] = -domega[0];
  drdtrt[ia][il] = domega[1];
  drdtrt[il][ia] = -domega[1];
  drdtrt[ib][ia] = domega[2];
  drdtrt[ia][ib] = -domega[2];
  drdtrt[0][0] = drdtrt[1][1] = drdtrt[2][2] = 0.0;
  const math::Mat3 drdt = math::multiply(drdtrt, r);

  math::Mat6 xform{};  // the upper right block stays +0.0
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < 3; ++j) {
      xform[i][j] = r[i][j];
      xform[i + 3][j + 3] = r[i][j];
      xform[i + 3][j] = drdt[i][j];
    }
  }
  return xform;
}

}  // namespace sc::pck
