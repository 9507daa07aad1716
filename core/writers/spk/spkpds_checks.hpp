// SPKPDS's validation of a segment descriptor, which the writers of types 14, 15 and 17 call
// (the older writers check the descriptor themselves, with other codes and orders).
#pragma once

#include "errors/result.hpp"
#include "writers/spk/spk_writer.hpp"

namespace sc::writers {

// In SPKPDS's order: SPICE(BARYCENTEREPHEM) for body 0, SPICE(BODYANDCENTERSAME), then
// SPICE(INVALIDREFFRAME) for an unknown frame, then SPICE(BADDESCRTIMES) when first >= last.
Status check_descriptor_spkpds(const spk::SegmentSpec& spec);

}  // namespace sc::writers
