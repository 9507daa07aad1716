// SPK types 8 and 12 (spk.req, "Type 8: Lagrange Interpolation --- Equal Time Steps", "Type 12:
// Hermite Interpolation --- Equal Time Steps"): N states, then the first epoch, the step, the
// degree (type 8) or the window size - 1 (type 12), and N.
#include <vector>

#include "spk/spk_writer.hpp"
#include "spk/spk_writer_checks.hpp"

namespace sc::spk {
namespace {

Status check_times(const SegmentSpec& spec, int n, double epoch1, double step) {
  using writer::dp;
  if (spec.first >= spec.last) {
    return make_error("SPICE(BADDESCRTIMES)", "The segment start time " + dp(spec.first) +
                                                  " is greater than or equal to the segment end time " +
                                                  dp(spec.last) + ".");
  }
  if (step <= 0.0) return make_error("SPICE(INVALIDSTEPSIZE)", "The step size must be > 0 but was " + dp(step) + ".");
  return writer::check_coverage(spec.first, spec.last, epoch1, epoch1 + (n - 1) * step);
}

Status check_identifier(const SegmentSpec& spec) {
  SC_TRY(writer::check_frame(spec));
  SC_TRY(writer::check_segid_length(spec.segid));
  return writer::check_segid_printable(spec.segid);
}

std::vector<double> segment_data(std::span<const double> states, int n, double epoch1, double step, int last_word) {
  std::vector<double> data(states.begin(), states.begin() + static_cast<std::ptrdiff_t>(6LL * n));
  data.push_back(epoch1);
  data.push_back(step);
  data.push_back(static_cast<double>(last_word));
  data.push_back(static_cast<double>(n));
  return data;
}

}  // namespace

Status spkw08(daf::DafWriter& file, const SegmentSpec& spec, int degree, int n, std::span<const double> states,
              double epoch1, double step) {
  SC_TRY(writer::check_size(states, 6LL * n, "states"));
  SC_TRY(check_identifier(spec));
  SC_TRY(writer::check_degree(degree, 1));
  if (n <= degree) {
    return make_error("SPICE(TOOFEWSTATES)", "At least " + std::to_string(degree + 1) +
                                                 " states are required to define a polynomial of degree " +
                                                 std::to_string(degree) + ". Number of states supplied: " +
                                                 std::to_string(n) + ".");
  }
  SC_TRY(check_times(spec, n, epoch1, step));
  return writer::write_segment(file, spec, 8, segment_data(states, n, epoch1, step, degree));
}

Status spkw12(daf::DafWriter& file, const SegmentSpec& spec, int degree, int n, std::span<const double> states,
              double epoch1, double step) {
  SC_TRY(writer::check_size(states, 6LL * n, "states"));
  SC_TRY(check_identifier(spec));
  SC_TRY(writer::check_degree(degree, 1));
  if (degree % 2 == 0) {
    return make_error("SPICE(INVALIDDEGREE)", "The interpolating polynomials have degree " + std::to_string(degree) +
                                                  "; for SPK type 12, the degree must be odd.");
  }
  const int window = (degree + 1) / 2;
  if (n < window) {
    return make_error("SPICE(TOOFEWSTATES)", "At least " + std::to_string(window) +
                                                 " states are required to define a Hermite polynomial of degree " +
                                                 std::to_string(degree) + ". Number of states supplied: " +
                                                 std::to_string(n) + ".");
  }
  SC_TRY(check_times(spec, n, epoch1, step));
  return writer::write_segment(file, spec, 12, segment_data(states, n, epoch1, step, window - 1));
}

}  // namespace sc::spk
