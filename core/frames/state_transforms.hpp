// 6x6 state-transformation arithmetic with SPICELIB's operation order: products of chains
// (ZZMSXF), inverses (INVSTM), matrix-vector products (MXVG). A state transformation has the
// block form [R 0; dR R], and these routines rely on it: a product computes only the left
// column of blocks and copies R into the lower right.
#pragma once

#include <array>

#include "frames/inertial_frames.hpp"

namespace sc::frames {

using State = std::array<double, 6>;

Mat6 identity6();
// [R^T 0; dR^T R^T], the inverse of [R 0; dR R] (INVSTM transposes each 3x3 block).
Mat6 invert_state_transform(const Mat6& m);
// later * earlier as ZZMSXF forms it: the upper-left block from three-term sums, the lower-left
// from six-term sums (dR_later*R_earlier + R_later*dR_earlier, left to right), zero upper right,
// lower right copied from the upper left.
Mat6 compose(const Mat6& later, const Mat6& earlier);
// MXVG: each component summed left to right from zero.
State apply(const Mat6& m, const State& s);
// The 3x3 blocks.
Mat3 rotation_block(const Mat6& m);
Mat3 derivative_block(const Mat6& m);

}  // namespace sc::frames
