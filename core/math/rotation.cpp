#include "math/rotation.hpp"

#include "math/trig.hpp"

namespace sc::math {
namespace {

// For a rotation about `axis`, the rotation axis first, then the other two in right-handed order:
// x -> (x, y, z), y -> (y, z, x), z -> (z, x, y). Zero-based.
struct AxisOrder {
  int i1, i2, i3;
};

AxisOrder axis_order(int axis) {
  // ROTATE and ROTMAT accept any integer and use its non-negative residue mod 3 (3 -> z).
  switch (((axis % 3) + 3) % 3) {
    case 1: return {0, 1, 2};
    case 2: return {1, 2, 0};
    default: return {2, 0, 1};
  }
}

}  // namespace

Mat3 identity3() { return Mat3{{{1.0, 0.0, 0.0}, {0.0, 1.0, 0.0}, {0.0, 0.0, 1.0}}}; }

Mat3 rotate(double angle, int axis) {
  const double s = sin(angle);
  const double c = cos(angle);
  const auto [i1, i2, i3] = axis_order(axis);
  Mat3 r{};
  r[i1][i1] = 1.0;
  r[i1][i2] = 0.0;
  r[i1][i3] = 0.0;
  r[i2][i1] = 0.0;
  r[i2][i2] = c;
  r[i2][i3] = s;
  r[i3][i1] = 0.0;
  r[i3][i2] = -s;  // -0.0 for a zero angle, as in ROTATE
  r[i3][i3] = c;
  return r;
}

Mat3 rotate_matrix(const Mat3& m, double angle, int axis) {
  const double s = sin(angle);
  const double c = cos(angle);
  const auto [i1, i2, i3] = axis_order(axis);
  Mat3 out{};
  for (int col = 0; col < 3; ++col) {
    out[i1][col] = m[i1][col];
    out[i2][col] = c * m[i2][col] + s * m[i3][col];
    out[i3][col] = -s * m[i2][col] + c * m[i3][col];
  }
  return out;
}

Mat3 multiply(const Mat3& a, const Mat3& b) {
  Mat3 out{};
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < 3; ++j) {
      out[i][j] = a[i][0] * b[0][j] + a[i][1] * b[1][j] + a[i][2] * b[2][j];
    }
  }
  return out;
}

Mat3 multiply_transposed(const Mat3& a, const Mat3& b) {
  Mat3 out{};
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < 3; ++j) {
      out[i][j] = a[i][0] * b[j][0] + a[i][1] * b[j][1] + a[i][2] * b[j][2];
    }
  }
  return out;
}

Mat3 transposed_multiply(const Mat3& a, const Mat3& b) {
  Mat3 out{};
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < 3; ++j) {
      out[i][j] = a[0][i] * b[0][j] + a[1][i] * b[1][j] + a[2][i] * b[2][j];
    }
  }
  return out;
}

Mat3 transpose(const Mat3& m) {
  Mat3 out{};
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < 3; ++j) out[i][j] = m[j][i];
  }
  return out;
}

Mat6 state_transform(const Mat3& r, const Mat3& drdt) {
  Mat6 out{};  // the upper right block stays +0.0
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < 3; ++j) {
      out[i][j] = r[i][j];
      out[i + 3][j + 3] = r[i][j];
      out[i + 3][j] = drdt[i][j];
    }
  }
  return out;
}

Mat6 constant_rotation_state_transform(const Mat3& r) { return state_transform(r, Mat3{}); }

}  // namespace sc::math
