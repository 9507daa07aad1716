// EUL2M and EUL2XF (see euler.hpp).
#include "math/euler.hpp"

#include <string>

#include "math/trig.hpp"

namespace sc::math {
namespace {

// NEXT(axis): the successor axis 1 -> 2 -> 3 -> 1.
int next_axis(int axis) { return axis % 3 + 1; }

// D(a, b) = +1 when (a, b) is in cyclic order, -1 when anti-cyclic, 0 for a == b.
double cyclic_sign(int a, int b) {
  if (a == b) return 0.0;
  return next_axis(a) == b ? 1.0 : -1.0;
}

}  // namespace

Status check_euler_axes(int axis3, int axis2, int axis1) {
  auto bad = [](int axis) { return axis < 1 || axis > 3; };
  if (bad(axis3) || bad(axis2) || bad(axis1)) {
    return make_error("SPICE(BADAXISNUMBERS)", "Axis numbers are " + std::to_string(axis3) + ", " +
                                                   std::to_string(axis2) + ", " + std::to_string(axis1) +
                                                   "; each must be 1, 2 or 3.");
  }
  return {};
}

Mat3 eul2m(double angle3, double angle2, double angle1, int axis3, int axis2, int axis1) {
  const Mat3 r = rotate(angle1, axis1);
  const Mat3 r1 = rotate_matrix(r, angle2, axis2);
  return rotate_matrix(r1, angle3, axis3);
}

Mat6 eul2xf(const EulerState& angles, int axis_a, int axis_b, int axis_c) {
  EulerState ang = angles;
  int a = axis_a;
  int b = axis_b;
  const int c = axis_c;
  // A repeated middle axis: its angle folds into the neighbour it repeats, and any distinct axis
  // takes its place (the angle about it being zero).
  if (axis_b == axis_a || axis_b == axis_c) {
    const int i = axis_b == axis_a ? 0 : 2;
    ang[i] = ang[i] + ang[1];
    ang[1] = 0.0;
    ang[i + 3] = ang[i + 3] + ang[4];
    ang[4] = 0.0;
    b = axis_c == next_axis(axis_a) ? next_axis(axis_c) : next_axis(axis_a);
  }
  const Mat3 r = eul2m(ang[0], ang[1], ang[2], a, b, c);

  const int l = 6 - a - b;
  const double d = cyclic_sign(a, b);
  const double ca = math::cos(ang[0]);
  const double sa = math::sin(ang[0]);
  double u = 0.0;
  double v = 0.0;
  if (a == c) {
    u = math::cos(ang[1]);
    v = d * math::sin(ang[1]);
  } else {
    u = -d * math::sin(ang[1]);
    v = math::cos(ang[1]);
  }
  // d(omega) = S * (dalpha, dbeta, dgamma), S as EUL2XF lays it out.
  const Mat3 s{{{-d, 0.0, -d * u}, {0.0, -d * ca, -sa * v}, {0.0, sa, -d * ca * v}}};
  std::array<double, 3> w{};
  for (int i = 0; i < 3; ++i) w[i] = s[i][0] * ang[3] + s[i][1] * ang[4] + s[i][2] * ang[5];

  // dR/dt R^T is skew-symmetric with these entries (1-based axes made 0-based).
  Mat3 drdtrt{};
  const int a0 = a - 1;
  const int b0 = b - 1;
  const int l0 = l - 1;
  drdtrt[l0][b0] = w[0];
  drdtrt[b0][l0] = -w[0];
  drdtrt[a0][l0] = w[1];
  drdtrt[l0][a0] = -w[1];
  drdtrt[b0][a0] = w[2];
  drdtrt[a0][b0] = -w[2];
  drdtrt[0][0] = 0.0;
  drdtrt[1][1] = 0.0;
  drdtrt[2][2] = 0.0;
  const Mat3 drdt = multiply(drdtrt, r);

  return state_transform(r, drdt);
}

}  // namespace sc::math
