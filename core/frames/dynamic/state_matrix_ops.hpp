// The general 6x6 products ZZDYNFRM uses (MXMG, MXVG), which sum all six terms of each element
// left to right from zero, unlike the frame tree's ZZMSXF (state_transforms.hpp), which exploits
// the block structure. The two orders round differently, so each routine gets its own.
#pragma once

#include "math/rotation.hpp"
#include "math/vector_ops.hpp"

namespace sc::frames::dynamic {

// MXMG(A, B, 6, 6, 6): A * B.
inline math::Mat6 mxmg6(const math::Mat6& a, const math::Mat6& b) {
  math::Mat6 out{};
  for (int i = 0; i < 6; ++i) {
    for (int j = 0; j < 6; ++j) {
      double sum = 0.0;
      for (int k = 0; k < 6; ++k) sum += a[i][k] * b[k][j];
      out[i][j] = sum;
    }
  }
  return out;
}

// MXVG(M, V, 6, 6): M * v.
inline math::State mxvg6(const math::Mat6& m, const math::State& v) {
  math::State out{};
  for (int i = 0; i < 6; ++i) {
    double sum = 0.0;
    for (int k = 0; k < 6; ++k) sum += m[i][k] * v[k];
    out[i] = sum;
  }
  return out;
}

// Zeroes the derivative (lower-left) block: what a frozen or inertial dynamic frame has.
inline void clear_derivative_block(math::Mat6& m) {
  for (int i = 3; i < 6; ++i) {
    for (int j = 0; j < 3; ++j) m[i][j] = 0.0;
  }
}

}  // namespace sc::frames::dynamic
