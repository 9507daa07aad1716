// M2EUL and XF2EUL (see euler.hpp): rotations and state transformations back to Euler angles.
#include <cmath>  // std::fabs only: exact
#include <string>

#include "math/euler.hpp"
#include "math/is_rotation.hpp"
#include "math/trig.hpp"
#include "math/vector_ops.hpp"

namespace sc::math {
namespace {

int next_axis(int axis) { return axis % 3 + 1; }

std::string axes_text(int a, int b, int c) {
  return std::to_string(a) + ", " + std::to_string(b) + ", " + std::to_string(c);
}

// M2EUL works on R with unit columns, seen in a basis where the sequence becomes 3-1-3 (a-b-a) or
// 3-2-1 (c-b-a): CHANGE^T R CHANGE, formed as MTXM(CHANGE, MXM(R, CHANGE)).
Mat3 in_basis(const Mat3& r, const Mat3& change) { return transposed_multiply(change, multiply(r, change)); }

}  // namespace

Result<EulerAngles> m2eul(const Mat3& r, int axis3, int axis2, int axis1) {
  auto bad = [](int axis) { return axis < 1 || axis > 3; };
  if (bad(axis3) || bad(axis2) || bad(axis1)) {
    return make_error("SPICE(BADAXISNUMBERS)", "Axis numbers are " + axes_text(axis3, axis2, axis1) + "; each must be 1, 2 or 3.");
  }
  if (axis3 == axis2 || axis1 == axis2) {
    return make_error("SPICE(BADAXISNUMBERS)", "The middle axis repeats a neighbour in the sequence " + axes_text(axis3, axis2, axis1) + ".");
  }
  if (!isrot(r, 0.1, 0.1)) return make_error("SPICE(NOTAROTATION)", "The matrix is not a rotation: its columns' norms or its determinant are not within 0.1 of 1.");

  Mat3 unit{};
  for (int j = 0; j < 3; ++j) {
    const Vec3 u = vhat(Vec3{r[0][j], r[1][j], r[2][j]});
    for (int i = 0; i < 3; ++i) unit[i][j] = u[i];
  }
  // The sign makes the new basis right-handed (a-b-a), or undoes the third angle's negation in a
  // left-handed one (c-b-a).
  const double sign = axis2 == next_axis(axis3) ? 1.0 : -1.0;
  Mat3 change{};
  if (axis3 == axis1) {
    // a-b-a: columns e(axis2), sign e(c), e(axis3); then a 3-1-3 factorisation.
    const int c = 6 - axis3 - axis2;
    change[axis3 - 1][2] = 1.0;
    change[axis2 - 1][0] = 1.0;
    change[c - 1][1] = sign * 1.0;
    const Mat3 t = in_basis(unit, change);
    // Three tests of one degenerate case (angle2 = 0 or pi), any of which round-off may satisfy alone.
    const bool degenerate =
        (t[0][2] == 0.0 && t[1][2] == 0.0) || (t[2][0] == 0.0 && t[2][1] == 0.0) || std::fabs(t[2][2]) == 1.0;
    if (degenerate) return EulerAngles{0.0, acos(t[2][2]), atan2(t[0][1], t[0][0])};
    return EulerAngles{atan2(t[0][2], t[1][2]), acos(t[2][2]), atan2(t[2][0], -t[2][1])};
  }
  // c-b-a: columns e(axis3), e(axis2), sign e(axis1); then a 3-2-1 factorisation.
  change[axis3 - 1][0] = 1.0;
  change[axis2 - 1][1] = 1.0;
  change[axis1 - 1][2] = sign * 1.0;
  const Mat3 t = in_basis(unit, change);
  const bool degenerate =
      (t[0][0] == 0.0 && t[0][1] == 0.0) || (t[1][2] == 0.0 && t[2][2] == 0.0) || std::fabs(t[0][2]) == 1.0;
  if (degenerate) return EulerAngles{0.0, asin(-t[0][2]), sign * atan2(-t[1][0], t[1][1])};
  return EulerAngles{atan2(t[1][2], t[2][2]), asin(-t[0][2]), sign * atan2(t[0][1], t[0][0])};
}

Result<EulerStateAndUniqueness> xf2eul(const Mat6& xform, int axis_a, int axis_b, int axis_c) {
  Mat3 r{};
  Mat3 drdt{};
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < 3; ++j) {
      r[i][j] = xform[i][j];
      drdt[i][j] = xform[i + 3][j];
    }
  }
  // M2EUL also rejects the axes XF2EUL cannot use.
  SC_TRY_ASSIGN(const EulerAngles angles, m2eul(r, axis_a, axis_b, axis_c));
  EulerStateAndUniqueness out{{angles.angle3, angles.angle2, angles.angle1, 0.0, 0.0, 0.0}, true};
  EulerState& e = out.eulang;

  const int a = axis_a;
  const int b = axis_b;
  const int l = 6 - a - b;
  const double d = next_axis(a) == b ? 1.0 : -1.0;  // DELTA(A, B); a != b here

  // omega = (w(A), w(B), w(L)) of the skew matrix dR/dt R^T (MXMT), signed by d.
  const Mat3 drdtrt = multiply_transposed(drdt, r);
  const Vec3 omega{d * drdtrt[l - 1][b - 1], d * drdtrt[a - 1][l - 1], d * drdtrt[b - 1][a - 1]};

  const double ca = cos(e[0]);
  const double sa = sin(e[0]);
  double u = 0.0;
  double v = 0.0;
  if (axis_a == axis_c) {
    u = cos(e[1]);
    v = d * sin(e[1]);
  } else {
    u = -d * sin(e[1]);
    v = cos(e[1]);
  }
  // u^2 + v^2 = 1 in exact arithmetic: |u| = 1 means the sequence is degenerate, and then v is
  // taken as exactly 0 so nothing divides by a rounding residue.
  if (std::fabs(u) == 1.0) v = 0.0;

  if (v == 0.0) {
    out.unique = false;
    e[3] = 0.0;
    e[5] = -u * omega[0];
    e[4] = std::fabs(ca) > std::fabs(sa) ? -omega[1] / ca : d * omega[2] / sa;
    return out;
  }
  // The inverse of EUL2XF's linear system, laid out as XF2EUL's SOLUTN, applied with MXV.
  const Mat3 solution{{{-1.0, u * d * sa / v, u * ca / v}, {0.0, -ca, d * sa}, {0.0, -d * sa / v, -ca / v}}};
  const Vec3 rates = mxv(solution, omega);
  e[3] = rates[0];
  e[4] = rates[1];
  e[5] = rates[2];
  return out;
}

}  // namespace sc::math
