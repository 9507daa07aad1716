// SPICELIB's vector primitives, in SPICELIB's operation order (see vector_ops.hpp for why).
#include "math/vector_ops.hpp"

#include <cmath>

#include "math/angles.hpp"
#include "math/trig.hpp"

namespace sc::math {
namespace {

// Fortran MAX as f2c expands it: (a >= b ? a : b), the largest absolute component first.
double max_abs(const Vec3& v) {
  double m = std::fabs(v[0]) >= std::fabs(v[1]) ? std::fabs(v[0]) : std::fabs(v[1]);
  return m >= std::fabs(v[2]) ? m : std::fabs(v[2]);
}

Vec3 divided(const Vec3& v, double d) { return {v[0] / d, v[1] / d, v[2] / d}; }

}  // namespace

double vdot(const Vec3& a, const Vec3& b) { return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]; }

// Scaling by the largest component first avoids overflow and underflow in the squares; it also
// fixes the rounding, so it is kept even where plain sqrt(x*x+y*y+z*z) would be safe.
double vnorm(const Vec3& v) {
  const double big = max_abs(v);
  if (big == 0.0) return 0.0;
  const double x = v[0] / big;
  const double y = v[1] / big;
  const double z = v[2] / big;
  return big * std::sqrt(x * x + y * y + z * z);
}

bool vzero(const Vec3& v) { return v[0] == 0.0 && v[1] == 0.0 && v[2] == 0.0; }

Vec3 vhat(const Vec3& v) {
  const double mag = vnorm(v);
  if (mag > 0.0) return divided(v, mag);
  return {0.0, 0.0, 0.0};
}

Vec3 vadd(const Vec3& a, const Vec3& b) { return {a[0] + b[0], a[1] + b[1], a[2] + b[2]}; }
Vec3 vsub(const Vec3& a, const Vec3& b) { return {a[0] - b[0], a[1] - b[1], a[2] - b[2]}; }
Vec3 vminus(const Vec3& v) { return {-v[0], -v[1], -v[2]}; }
Vec3 vscl(double s, const Vec3& v) { return {s * v[0], s * v[1], s * v[2]}; }

Vec3 vcrss(const Vec3& a, const Vec3& b) {
  return {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
}

Vec3 ucrss(const Vec3& a, const Vec3& b) {
  const double big_a = max_abs(a);
  const double big_b = max_abs(b);
  const Vec3 ta = big_a != 0.0 ? divided(a, big_a) : Vec3{0.0, 0.0, 0.0};
  const Vec3 tb = big_b != 0.0 ? divided(b, big_b) : Vec3{0.0, 0.0, 0.0};
  return vhat(vcrss(ta, tb));
}

Vec3 vlcom(double a, const Vec3& v1, double b, const Vec3& v2) {
  return {a * v1[0] + b * v2[0], a * v1[1] + b * v2[1], a * v1[2] + b * v2[2]};
}

Vec3 vlcom3(double a, const Vec3& v1, double b, const Vec3& v2, double c, const Vec3& v3) {
  return {a * v1[0] + b * v2[0] + c * v3[0], a * v1[1] + b * v2[1] + c * v3[1],
          a * v1[2] + b * v2[2] + c * v3[2]};
}

// Both vectors are scaled to a largest component of 1 before the dot products, as VPROJ does.
Vec3 vproj(const Vec3& a, const Vec3& b) {
  const double biga = max_abs(a);
  const double bigb = max_abs(b);
  if (biga == 0.0 || bigb == 0.0) return {0.0, 0.0, 0.0};
  const Vec3 r = divided(b, bigb);
  const Vec3 t = divided(a, biga);
  const double scale = vdot(t, r) * biga / vdot(r, r);
  return vscl(scale, r);
}

// VPERP works on scaled copies and rescales the difference at the end; for a zero b, a itself.
Vec3 vperp(const Vec3& a, const Vec3& b) {
  const double biga = max_abs(a);
  const double bigb = max_abs(b);
  if (biga == 0.0) return {0.0, 0.0, 0.0};
  if (bigb == 0.0) return a;
  const Vec3 t = divided(a, biga);
  const Vec3 r = divided(b, bigb);
  const Vec3 p = vsub(t, vproj(t, r));
  return vscl(biga, p);
}

Vec3 mxv(const Mat3& m, const Vec3& v) {
  return {m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2], m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2],
          m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2]};
}

Vec3 mtxv(const Mat3& m, const Vec3& v) {
  return {m[0][0] * v[0] + m[1][0] * v[1] + m[2][0] * v[2], m[0][1] * v[0] + m[1][1] * v[1] + m[2][1] * v[2],
          m[0][2] * v[0] + m[1][2] * v[1] + m[2][2] * v[2]};
}

// VROTV: split v into its projection p on the axis and the normal part v1, rotate v1 in the
// normal plane towards axis x v1, then add p back.
Vec3 vrotv(const Vec3& v, const Vec3& axis, double angle) {
  if (vnorm(axis) == 0.0) return v;
  const Vec3 x = vhat(axis);
  const Vec3 p = vproj(v, x);
  const Vec3 v1 = vsub(v, p);
  const Vec3 v2 = vcrss(x, v1);
  const double c = math::cos(angle);
  const double s = math::sin(angle);
  return vadd(vlcom(c, v1, s, v2), p);
}

Vec3 rotvec(const Vec3& v, double angle, int iaxis) {
  const double s = math::sin(angle);
  const double c = math::cos(angle);
  // ROTVEC's index table (3, 1, 2, 3, 1) read from ((iaxis mod 3) + 3) mod 3 with C's remainder:
  // the rotation axis, then the two axes after it in cyclic order (0-based here).
  constexpr int kAxes[5] = {2, 0, 1, 2, 0};
  const int t = (iaxis % 3 + 3) % 3;
  const int i1 = kAxes[t];
  const int i2 = kAxes[t + 1];
  const int i3 = kAxes[t + 2];
  Vec3 out{};
  out[i1] = v[i1];
  out[i2] = c * v[i2] + s * v[i3];
  out[i3] = -s * v[i2] + c * v[i3];
  return out;
}

// UNORM is VNORM followed by a division of each component, which is what vhat does.
double vsep(const Vec3& v1, const Vec3& v2) {
  if (vnorm(v1) == 0.0) return 0.0;
  const Vec3 u1 = vhat(v1);
  if (vnorm(v2) == 0.0) return 0.0;
  const Vec3 u2 = vhat(v2);
  const double dot = vdot(u1, u2);
  if (dot > 0.0) return math::asin(vnorm(vsub(u1, u2)) * 0.5) * 2.0;
  if (dot < 0.0) return kPi - math::asin(vnorm(vadd(u1, u2)) * 0.5) * 2.0;
  return kPi / 2.0;
}

Vec3 qderiv(const Vec3& f0, const Vec3& f2, double delta) {
  return vlcom(0.5 / delta, f2, -0.5 / delta, f0);
}

// d(r/|r|)/dt is the part of the velocity orthogonal to r, divided by |r| (multiplied by the
// reciprocal, as DVHAT does).
State dvhat(const State& s) {
  const Vec3 pos = position_of(s);
  const double length = vnorm(pos);
  const Vec3 unit = length > 0.0 ? divided(pos, length) : Vec3{0.0, 0.0, 0.0};
  if (length == 0.0) return make_state(unit, velocity_of(s));
  return make_state(unit, vscl(1.0 / length, vperp(velocity_of(s), unit)));
}

State dvcrss(const State& s1, const State& s2) {
  const Vec3 p1 = position_of(s1);
  const Vec3 p2 = position_of(s2);
  return make_state(vcrss(p1, p2), vadd(vcrss(velocity_of(s1), p2), vcrss(p1, velocity_of(s2))));
}

State ducrss(const State& s1, const State& s2) {
  auto scaled = [](const State& s) {
    const double f = max_abs(position_of(s));
    if (!(f > 0.0)) return s;
    const double k = 1.0 / f;
    return State{k * s[0], k * s[1], k * s[2], k * s[3], k * s[4], k * s[5]};
  };
  return dvhat(dvcrss(scaled(s1), scaled(s2)));
}

Vec3 position_of(const State& s) { return {s[0], s[1], s[2]}; }
Vec3 velocity_of(const State& s) { return {s[3], s[4], s[5]}; }
State make_state(const Vec3& pos, const Vec3& vel) { return {pos[0], pos[1], pos[2], vel[0], vel[1], vel[2]}; }
State state_add(const State& a, const State& b) {
  return {a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3], a[4] + b[4], a[5] + b[5]};
}
State state_sub(const State& a, const State& b) {
  return {a[0] - b[0], a[1] - b[1], a[2] - b[2], a[3] - b[3], a[4] - b[4], a[5] - b[5]};
}

}  // namespace sc::math
