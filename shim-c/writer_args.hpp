// Argument helpers the SPK writer calls share: arrays with their lengths as spans, and the segment
// descriptor arguments every writer takes.
#pragma once

#include <optional>
#include <span>

#include "shim_support.hpp"
#include "writers/spk/spk_writer.hpp"

namespace sc::shim {

inline std::span<const double> doubles(const double* values, size_t length) {
  return length == 0 ? std::span<const double>() : std::span<const double>(values, length);
}

inline Result<spk::SegmentSpec> segment_spec(int32_t body, int32_t center, const char* frame, double first,
                                             double last, const char* segid) {
  SC_TRY(require(frame, "frame"));
  SC_TRY(require(segid, "segid"));
  return spk::SegmentSpec{body, center, frame, std::nullopt, first, last, segid};
}

}  // namespace sc::shim
