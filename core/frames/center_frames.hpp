// A body's preferred frame (CSPICE's CIDFRM, CNMFRM) and the frame of a class and class ID
// (CCIFRM). The pool assignment OBJECT_<id>_FRAME or OBJECT_<name>_FRAME (a frame name or a frame
// ID) overrides the built-in choice; without one, CIDFRM answers IAU_EARTH for 399 and otherwise
// the built-in frame centered on the body, CNMFRM the built-in frame named IAU_<name>.
#pragma once

#include <optional>
#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"
#include "frames/frames_api.hpp"

namespace sc::frames {

struct ClassFrame {
  int code = 0;
  std::string name;
  int center = 0;
};

Result<std::optional<NamedFrame>> cidfrm_checked(const Context& ctx, int center);
// CCIFRM: built-in frames first (table order), then kernel frames in the pool's FRAME_*_CLASS
// order; a half-defined kernel frame is SPICE(INVALIDFRAMEDEF).
Result<std::optional<ClassFrame>> ccifrm_checked(const Context& ctx, int frame_class, int class_id);

}  // namespace sc::frames
