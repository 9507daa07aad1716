// The speed of light, for light time and stellar aberration.
#pragma once

namespace sc::geometry {

// km/s (SPICELIB's CLIGHT).
inline constexpr double kClight = 299792.458;

}  // namespace sc::geometry
