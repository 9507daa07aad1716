#include "writers/spk/spk_writer_checks.hpp"

#include <string>

namespace sc::writers {

using spk::kMaxSpkDegree;
using spk::SegmentSpec;

Status check_frame(const SegmentSpec& spec) {
  if (spec.frame_code) return {};
  return make_error("SPICE(INVALIDREFFRAME)",
                    "The reference frame '" + std::string(spec.frame) + "' is not supported: no frame has that name.");
}

Status check_degree(int degree, int lowest) {
  if (degree >= lowest && degree <= kMaxSpkDegree) return {};
  return make_error("SPICE(INVALIDDEGREE)", "The interpolating polynomials have degree " + std::to_string(degree) +
                                                "; the valid degree range is [" + std::to_string(lowest) + ", " +
                                                std::to_string(kMaxSpkDegree) + "].");
}

Status write_segment(daf::DafWriter& file, const SegmentSpec& spec, int type, std::span<const double> data) {
  const double dc[2] = {spec.first, spec.last};
  const int ic[4] = {spec.body, spec.center, *spec.frame_code, type};
  return file.add_array(dc, ic, spec.segid, data);
}

}  // namespace sc::writers
