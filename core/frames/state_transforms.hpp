// 6x6 state-transformation arithmetic with SPICELIB's operation order: products of chains
// (ZZMSXF), inverses (INVSTM), matrix-vector products (MXVG). A state transformation has the
// block form [R 0; dR R], and these routines rely on it: a product computes only the left
// column of blocks and copies R into the lower right.
#pragma once

#include <array>

#include "math/rotation.hpp"
#include "math/vector_ops.hpp"

namespace sc::frames {

math::Mat6 identity6();
// [R^T 0; dR^T R^T], the inverse of [R 0; dR R] (INVSTM transposes each 3x3 block).
math::Mat6 invert_state_transform(const math::Mat6& m);
// later * earlier as ZZMSXF forms it: the upper-left block from three-term sums, the lower-left
// from six-term sums (dR_later*R_earlier + R_later*dR_earlier, left to right), zero upper right,
// lower right copied from the upper left.
math::Mat6 compose(const math::Mat6& later, const math::Mat6& earlier);
// MXVG: each component summed left to right from zero.
math::State apply(const math::Mat6& m, const math::State& s);
// The 3x3 blocks.
math::Mat3 rotation_block(const math::Mat6& m);
math::Mat3 derivative_block(const math::Mat6& m);

}  // namespace sc::frames
