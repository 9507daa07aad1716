// TISBOD (see body_orientation.hpp).
#include "frames/body_orientation.hpp"

#include "frames/state_transforms.hpp"
#include "frames/text_pck_orientation.hpp"
#include "inertial/inertial_frames.hpp"
#include "math/rotation.hpp"
#include "pck/pck_api.hpp"

namespace sc::frames {

using inertial::kJ2000;
using math::Mat3;
using math::Mat6;

Result<Mat6> body_state_transform(const Context& ctx, int body, double et) {
  SC_TRY_ASSIGN(auto&& binary, pck::orientation(ctx.kernels(), body, et));
  Mat6 tsipm{};
  int base = kJ2000;
  if (binary) {
    tsipm = binary->xform;
    base = binary->base_frame;
  } else {
    SC_TRY_ASSIGN(auto&& model, load_text_pck_model(ctx, body, et));
    tsipm = text_pck_state_transform(*model, et);
    base = model->ref_frame;
  }
  if (base == kJ2000) return tsipm;

  // Both non-zero blocks times the constant rotation J2000 -> base.
  SC_TRY_ASSIGN(auto&& j2000_to_base, inertial::rotation(kJ2000, base));
  const Mat3 r = math::multiply(rotation_block(tsipm), j2000_to_base);
  const Mat3 dr = math::multiply(derivative_block(tsipm), j2000_to_base);
  return math::state_transform(r, dr);
}

}  // namespace sc::frames
