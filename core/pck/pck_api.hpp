// Orientation from binary PCK kernels (DAF/PCK, segment types 2 and 3, and 20 where present):
// the state transformation from a segment's inertial base frame to a body-fixed frame, with
// CSPICE's segment precedence (last file loaded, last segment in a file wins).
#pragma once

#include <optional>

#include "errors/result.hpp"
#include "kernels/kernel_registry.hpp"
#include "math/rotation.hpp"

namespace sc::pck {

struct Orientation {
  math::Mat6 xform{};    // base (inertial) frame -> body-fixed frame, row-major 6x6
  int base_frame = 1;    // the segment's inertial reference frame ID (1 = J2000)
};

// nullopt when no loaded binary PCK segment for `class_id` covers `et` (then the frame system
// falls back to text PCK data, as CSPICE does); an error for corrupt data.
Result<std::optional<Orientation>> orientation(const kernels::KernelRegistry& kernels, int class_id, double et);

// True if any loaded binary PCK has a segment for `class_id`, whatever its coverage: CSPICE then
// reports a coverage error instead of silently using text PCK data.
bool has_segments(const kernels::KernelRegistry& kernels, int class_id);

}  // namespace sc::pck
