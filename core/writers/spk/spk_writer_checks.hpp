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
// Lagrange types 8 and 9: check_degree(degree, 1), then SPICE(TOOFEWSTATES) unless n > degree.
Status check_lagrange_degree(int degree, int n);
// Hermite types 12 and 13: check_degree(degree, 1), SPICE(INVALIDDEGREE) for an even degree (the
// message names `type`), then SPICE(TOOFEWSTATES) unless n reaches the window (degree + 1) / 2,
// which is returned.
Result<int> hermite_window(int degree, int n, int type);

// Appends the segment: descriptor (first, last, body, center, frame code, type) and identifier.
Status write_segment(daf::DafWriter& file, const spk::SegmentSpec& spec, int type, std::span<const double> data);

}  // namespace sc::writers
