// What the writers of SPK types 2 and 3 share (internal to writers/spk/): both store N fixed-length
// Chebyshev records (MID, RADIUS, the coefficient sets) and the directory INIT, INTLEN, RSIZE, N,
// and check their input alike; they differ in the number of components, 3 or 6.
#pragma once

#include <span>

#include "daf/daf_writer.hpp"
#include "errors/result.hpp"
#include "writers/spk/spk_writer.hpp"

namespace sc::writers {

// SPKW02/SPKW03 with `type` 2 or 3 and `components` 3 or 6 (see spk_writer.hpp for the checks).
Status write_chebyshev_segment(daf::DafWriter& file, const spk::SegmentSpec& spec, int type, int components,
                               double intlen, int n, int polydg, std::span<const double> cdata, double btime);

}  // namespace sc::writers
