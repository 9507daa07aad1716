// Where DSK shapes will plug into the surface-geometry calls: CSPICE's ZZSUDSKI/ZZSBFXR/ZZSBFNRM/ZZMAXRAD over the
// loaded DSK segments of a body (ray intercepts, surface normals, a bounding radius in the
// body-fixed frame). Until the DSK reader (core/dsk, issue 13's dsk part) is in, a DSK shape is
// SPICE(NOTSUPPORTED) here; the callers already branch on the shape where CSPICE does, so this
// is the one place the DSK API plugs in.
#pragma once

#include <string_view>

#include "errors/error.hpp"

namespace sc::surface {

inline Error dsk_not_yet(std::string_view call) {
  return make_error("SPICE(NOTSUPPORTED)", std::string(call) +
                                               ": DSK shapes: not yet (the DSK reader of issue 13 is not in this "
                                               "build); use an ELLIPSOID method.");
}

}  // namespace sc::surface
