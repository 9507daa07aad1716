// The shape part of a geometry method string, as ZZPRSMET parses it for LATSRF: keywords separated
// by '/', case- and blank-insensitive, in any order: ELLIPSOID, or DSK with UNPRIORITIZED and an
// optional "SURFACES = <name or ID>, ...". (The full grammar of sub-point, limb and terminator
// keywords belongs to the surface part's parser; this one accepts only what LATSRF and the DSK
// calls need.) Surface names are looked up in the pool's NAIF_SURFACE_NAME/CODE/BODY.
#pragma once

#include <string_view>
#include <vector>

#include "context.hpp"
#include "errors/result.hpp"

namespace sc::surface {

struct ShapeMethod {
  bool dsk = false;           // false: ELLIPSOID
  std::vector<int> surfaces;  // DSK: the SURFACES list (empty: all)
};

// SPICE(BADMETHODSYNTAX) for a string with no shape, two shapes, an unknown token or a malformed
// surface list; SPICE(BADPRIORITYSPEC) for DSK without UNPRIORITIZED; SPICE(IDCODENOTFOUND) for a
// surface name that is not defined for `body`.
Result<ShapeMethod> parse_shape_method(const Context& ctx, int body, std::string_view method);

}  // namespace sc::surface
