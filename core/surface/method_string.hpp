// Method strings of the surface-geometry calls, parsed as CSPICE's ZZPRSMET (with ZZLEXMET's
// tokens) parses them: keywords separated by '/', case- and blank-insensitive, in any order, e.g.
// 'Ellipsoid/Near point', 'INTERCEPT/DSK/UNPRIORITIZED/SURFACES = "MGS MOLA", 499001',
// 'UMBRAL/TANGENT/ELLIPSOID', and the legacy forms 'Near point: ellipsoid', 'Intercept: ellipsoid'.
// One parser serves subpnt, subslr, sincpt, ilumin, illumf, illumg, occult, limbpt, termpt; each
// call then checks the clauses it needs (sub-point type, point definition, terminator type).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "context.hpp"
#include "errors/result.hpp"

namespace sc::surface {

enum class ShapeKind { Ellipsoid, Dsk };

// What a method string asks for. Strings are the keywords as written (upper case); empty when the
// clause is absent. ZZPRSMET's quirks are kept: a modern ellipsoid string has no NEAR POINT (only
// the legacy spellings give "NEAR POINT"), and an ellipsoid method is always "prioritized".
struct MethodSpec {
  ShapeKind shape = ShapeKind::Ellipsoid;
  std::string subtype;           // "NEAR POINT", "NADIR", "INTERCEPT" (sub-point calls)
  std::string point_definition;  // "TANGENT", "GUIDED" (limbpt, termpt)
  std::string terminator_type;   // "UMBRAL", "PENUMBRAL" (termpt)
  bool prioritized = true;       // DSK shapes must say UNPRIORITIZED
  std::vector<int> surfaces;     // DSK surface list (SURFACES = ...), empty for all surfaces
};

// ZZPRSMET for body `body` (surface names are translated for that body). Errors:
// Surface names are translated by SRFSCC (bodies/surface_names). SPICE(BADMETHODSYNTAX) (no or
// several shape keywords, unexpected tokens, repeated clauses, a bad
// surface list), SPICE(BADPRIORITYSPEC) (DSK without UNPRIORITIZED), SPICE(IDCODENOTFOUND) (a
// surface name without an ID), SPICE(TOOMANYSURFACES), SPICE(SYNTAXERROR) (an unclosed quote).
Result<MethodSpec> parse_method(const Context& ctx, int body, std::string_view method);


}  // namespace sc::surface
