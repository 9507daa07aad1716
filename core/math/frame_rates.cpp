// XF2RAV, RAV2XF, INVSTM (see frame_rates.hpp).
#include "math/frame_rates.hpp"

namespace sc::math {
namespace {

Mat3 block(const Mat6& m, int row, int column) {
  Mat3 out{};
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < 3; ++j) out[i][j] = m[row + i][column + j];
  }
  return out;
}

}  // namespace

RotationAndRate xf2rav(const Mat6& xform) {
  const Mat3 rot = block(xform, 0, 0);
  const Mat3 drdt = block(xform, 3, 0);
  const Mat3 omega = transposed_multiply(drdt, rot);
  return {rot, {omega[2][1], omega[0][2], omega[1][0]}};
}

Mat6 rav2xf(const Mat3& rot, const Vec3& av) {
  // W^T, the transpose of the skew matrix of av, as RAV2XF lays it out.
  const Mat3 omegat{{{0.0, av[2], -av[1]}, {-av[2], 0.0, av[0]}, {av[1], -av[0], 0.0}}};
  return state_transform(rot, multiply(rot, omegat));
}

Mat6 invstm(const Mat6& xform) {
  Mat6 out{};
  for (int rb = 0; rb < 6; rb += 3) {
    for (int cb = 0; cb < 6; cb += 3) {
      for (int i = 0; i < 3; ++i) {
        for (int j = 0; j < 3; ++j) out[rb + i][cb + j] = xform[rb + j][cb + i];
      }
    }
  }
  return out;
}

}  // namespace sc::math
