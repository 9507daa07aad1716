// PRODUCT dynamic frames (ZZDYNFRM / ZZDYNROT): the product of up to ten frame changes,
// TO_FRAMES(i) -> FROM_FRAMES(i), the first applied first, all at t0.
#include <string>

#include "frames/dynamic/family.hpp"
#include "frames/dynamic/state_matrix_ops.hpp"
#include "frames/frame_registry.hpp"
#include "frames/frame_tree.hpp"

namespace sc::frames::dynamic {
namespace {

using math::Mat3;
using math::Mat6;

constexpr int kMaxFactors = 10;

struct Factors {
  std::vector<int> from;
  std::vector<int> to;
};

Result<Factors> read_factors(const Evaluation& e) {
  SC_TRY_ASSIGN(auto&& from, required_strings(e.keys, "FROM_FRAMES", kMaxFactors));
  SC_TRY_ASSIGN(auto&& to, required_strings(e.keys, "TO_FRAMES", kMaxFactors));
  if (from.size() != to.size()) {
    return make_error("SPICE(BADFRAMECOUNT)", "Definition of product parameterized dynamic frame " + e.keys.name +
                                                  " has " + std::to_string(from.size()) + " \"from\" frames and " +
                                                  std::to_string(to.size()) +
                                                  " \"to\" frames. These counts must match.");
  }
  Factors f;
  for (std::size_t i = 0; i < from.size(); ++i) {
    // NAMFRM: an unknown name is frame 0, which the frame change then reports.
    SC_TRY_ASSIGN(auto&& a, namfrm_checked(e.ctx(), from[i]));
    SC_TRY_ASSIGN(auto&& b, namfrm_checked(e.ctx(), to[i]));
    f.from.push_back(a ? *a : 0);
    f.to.push_back(b ? *b : 0);
  }
  return f;
}

}  // namespace

Result<Mat6> product_state(const Evaluation& e) {
  SC_TRY_ASSIGN(auto&& f, read_factors(e));
  Mat6 xform{};
  for (std::size_t i = 0; i < f.from.size(); ++i) {
    SC_TRY_ASSIGN(auto&& x, frame_state_change(e.ctx(), f.to[i], f.from[i], e.t0, e.inner));
    xform = i == 0 ? x : mxmg6(x, xform);
  }
  return xform;
}

Result<Mat3> product_rotation(const Evaluation& e) {
  SC_TRY_ASSIGN(auto&& f, read_factors(e));
  Mat3 rotate{};
  for (std::size_t i = 0; i < f.from.size(); ++i) {
    SC_TRY_ASSIGN(auto&& r, frame_rotation_change(e.ctx(), f.to[i], f.from[i], e.t0, e.inner));
    rotate = i == 0 ? r : math::multiply(r, rotate);
  }
  return rotate;
}

}  // namespace sc::frames::dynamic
