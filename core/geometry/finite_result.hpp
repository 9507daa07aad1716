// Results that must be finite. The SPK, CK and PCK readers refuse non-finite values out of one
// segment, but finite values from corrupt kernels can still overflow later: a 1e219 km state makes
// the light time 3e213 s and the stellar-aberration arithmetic Inf - Inf. CSPICE would return the
// NaN; spicecraft stops with SPICE(INVALIDVALUE), because a NaN's bits differ between x86 and WASM
// and every later step would carry it silently.
#pragma once

#include <initializer_list>
#include <span>
#include <string_view>

#include "errors/result.hpp"

namespace sc::geometry {

// SPICE(INVALIDVALUE) if any value is NaN or infinite; `what` names the quantity ("the LT+S state of
// body 2 relative to body 399"), `et` the epoch.
Status require_finite(std::span<const double> values, std::string_view what, double et);
Status require_finite(std::initializer_list<double> values, std::string_view what, double et);

}  // namespace sc::geometry
