// Finding the segment that supplies a body's state at an epoch, with CSPICE's precedence
// (SPKSFS): loaded SPK files from the last loaded to the first, and within a file its segments
// from the last to the first; the first segment with start <= et <= end wins.
#pragma once

#include <optional>

#include "kernels/kernel_registry.hpp"
#include "spk/segment.hpp"
#include "spk/spk_file.hpp"

namespace sc::spk {

struct FoundSegment {
  const SpkFile* file;
  const Segment* segment;
};

std::optional<FoundSegment> find_segment(const kernels::KernelRegistry& kernels, int body, double et);

}  // namespace sc::spk
