// Finding the segment that supplies a frame's orientation at an epoch, with CSPICE's precedence
// (PCKSFS, the same rules as SPKSFS): loaded binary PCKs from the last loaded to the first, and
// within a file its segments from the last to the first; the first segment with
// start <= et <= end wins.
#pragma once

#include <optional>

#include "kernels/kernel_registry.hpp"
#include "pck/pck_file.hpp"
#include "pck/segment.hpp"

namespace sc::pck {

struct FoundSegment {
  const PckFile* file;
  const Segment* segment;
};

std::optional<FoundSegment> find_segment(const kernels::KernelRegistry& kernels, int class_id, double et);

}  // namespace sc::pck
