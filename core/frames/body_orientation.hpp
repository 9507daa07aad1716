// A PCK-class frame's orientation (CSPICE's TISBOD with REF = J2000): the state transformation
// from J2000 to the body-fixed frame of PCK class ID `body` at TDB `et`. A loaded binary PCK
// segment covering `et` wins (last loaded file, last segment); otherwise the text PCK model is
// used, exactly as TISBOD falls back: a binary PCK that does not cover `et` is not an error, and
// missing text data then is SPICE(FRAMEDATANOTFOUND). Data referred to another inertial frame are
// rotated to J2000 on the right (TSIPM * IRFROT(J2000, base)).
#pragma once

#include "context.hpp"
#include "errors/result.hpp"
#include "math/rotation.hpp"

namespace sc::frames {

Result<math::Mat6> body_state_transform(const Context& ctx, int body, double et);

}  // namespace sc::frames
