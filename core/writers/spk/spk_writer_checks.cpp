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

Status check_lagrange_degree(int degree, int n) {
  SC_TRY(check_degree(degree, 1));
  if (n <= degree) {
    return make_error("SPICE(TOOFEWSTATES)", "At least " + std::to_string(degree + 1) +
                                                 " states are required to define a polynomial of degree " +
                                                 std::to_string(degree) +
                                                 ". Number of states supplied: " + std::to_string(n) + ".");
  }
  return {};
}

Result<int> hermite_window(int degree, int n, int type) {
  SC_TRY(check_degree(degree, 1));
  if (degree % 2 == 0) {
    return make_error("SPICE(INVALIDDEGREE)", "The interpolating polynomials have degree " + std::to_string(degree) +
                                                  "; for SPK type " + std::to_string(type) +
                                                  ", the degree must be odd.");
  }
  const int window = (degree + 1) / 2;
  if (n < window) {
    return make_error("SPICE(TOOFEWSTATES)", "At least " + std::to_string(window) +
                                                 " states are required to define a Hermite polynomial of degree " +
                                                 std::to_string(degree) +
                                                 ". Number of states supplied: " + std::to_string(n) + ".");
  }
  return window;
}

Status write_segment(daf::DafWriter& file, const SegmentSpec& spec, int type, std::span<const double> data) {
  const double dc[2] = {spec.first, spec.last};
  const int ic[4] = {spec.body, spec.center, *spec.frame_code, type};
  return file.add_array(dc, ic, spec.segid, data);
}

}  // namespace sc::writers
