// State-transformation arithmetic (see state_transforms.hpp).
#include "frames/state_transforms.hpp"

namespace sc::frames {

using math::Mat3;
using math::Mat6;
using math::State;

Mat6 identity6() {
  Mat6 m{};
  for (int i = 0; i < 6; ++i) m[i][i] = 1.0;
  return m;
}

Mat6 invert_state_transform(const Mat6& m) {
  Mat6 out{};
  for (int bi = 0; bi < 6; bi += 3) {
    for (int bj = 0; bj < 6; bj += 3) {
      for (int i = 0; i < 3; ++i) {
        for (int j = 0; j < 3; ++j) out[bi + i][bj + j] = m[bi + j][bj + i];
      }
    }
  }
  return out;
}

Mat6 compose(const Mat6& later, const Mat6& earlier) {
  Mat6 out{};
  for (int j = 0; j < 3; ++j) {
    for (int k = 0; k < 3; ++k) {
      out[j][k] = later[j][0] * earlier[0][k] + later[j][1] * earlier[1][k] + later[j][2] * earlier[2][k];
    }
  }
  for (int j = 3; j < 6; ++j) {
    for (int k = 0; k < 3; ++k) {
      out[j][k] = later[j][0] * earlier[0][k] + later[j][1] * earlier[1][k] + later[j][2] * earlier[2][k] +
                  later[j][3] * earlier[3][k] + later[j][4] * earlier[4][k] + later[j][5] * earlier[5][k];
    }
  }
  for (int j = 0; j < 3; ++j) {
    for (int k = 0; k < 3; ++k) out[j + 3][k + 3] = out[j][k];
  }
  return out;
}

State apply(const Mat6& m, const State& s) {
  State out{};
  for (int i = 0; i < 6; ++i) {
    double sum = 0.0;
    for (int k = 0; k < 6; ++k) sum += m[i][k] * s[k];
    out[i] = sum;
  }
  return out;
}

Mat3 rotation_block(const Mat6& m) {
  Mat3 r{};
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < 3; ++j) r[i][j] = m[i][j];
  }
  return r;
}

Mat3 derivative_block(const Mat6& m) {
  Mat3 r{};
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < 3; ++j) r[i][j] = m[i + 3][j];
  }
  return r;
}

}  // namespace sc::frames
