// The one place a DSK shape is still refused: limbpt and termpt, whose DSK branches need CSPICE's
// ZZTANGNT (the tangent-ray search over the DSK surface), not written yet. Every other geometry call
// takes DSK shapes (surface/target_surface, surface/dsk_shape).
#pragma once

#include <string_view>

#include "errors/error.hpp"

namespace sc::surface {

inline Error dsk_not_yet(std::string_view call) {
  return make_error("SPICE(NOTSUPPORTED)", std::string(call) +
                                               ": DSK shapes are not supported yet by this call (its tangent-ray "
                                               "search, CSPICE's ZZTANGNT, is not written); use an ELLIPSOID method.");
}

}  // namespace sc::surface
