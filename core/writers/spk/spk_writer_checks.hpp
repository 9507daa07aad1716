// The checks of the SPK writers that need their SegmentSpec (internal to writers/spk/), and the one
// step that turns checked input into an SPK segment. The checks shared with the PCK writer are in
// writers/segment_checks.hpp.
#pragma once

#include <span>

#include "daf/daf_writer.hpp"
#include "errors/result.hpp"
#include "writers/segment_checks.hpp"
#include "writers/spk/spk_writer.hpp"

namespace sc::writers {

// SPICE(INVALIDREFFRAME) when the frame name is unknown.
Status check_frame(const spk::SegmentSpec& spec);
// SPICE(INVALIDDEGREE) outside [lowest, kMaxSpkDegree].
Status check_degree(int degree, int lowest);

// Appends the segment: descriptor (first, last, body, center, frame code, type) and identifier.
Status write_segment(daf::DafWriter& file, const spk::SegmentSpec& spec, int type, std::span<const double> data);

}  // namespace sc::writers
