// SPK types 8 and 12 (spk.req, "Type 8: Lagrange Interpolation --- Equal Time Steps", "Type 12:
// Hermite Interpolation --- Equal Time Steps"): N states, then the first epoch, the step, the
// degree (type 8) or the window size - 1 (type 12), and N.
#include "writers/spk/equal_step_segment_writer.hpp"

#include "writers/spk/spk_writer_checks.hpp"

namespace sc::writers {

Status check_equal_step_times(const spk::SegmentSpec& spec, int n, double epoch1, double step) {
  if (spec.first >= spec.last) {
    return make_error("SPICE(BADDESCRTIMES)", "The segment start time " + dp(spec.first) +
                                                  " is greater than or equal to the segment end time " + dp(spec.last) +
                                                  ".");
  }
  if (step <= 0.0) return make_error("SPICE(INVALIDSTEPSIZE)", "The step size must be > 0 but was " + dp(step) + ".");
  return check_coverage(spec.first, spec.last, epoch1, epoch1 + (n - 1) * step);
}

Status check_equal_step_identifier(const spk::SegmentSpec& spec) {
  SC_TRY(check_frame(spec));
  SC_TRY(check_segid_length(spec.segid));
  return check_segid_printable(spec.segid);
}

std::vector<double> equal_step_data(std::span<const double> states, int n, double epoch1, double step, int last_word) {
  std::vector<double> data(states.begin(), states.begin() + static_cast<std::ptrdiff_t>(6LL * n));
  data.push_back(epoch1);
  data.push_back(step);
  data.push_back(static_cast<double>(last_word));
  data.push_back(static_cast<double>(n));
  return data;
}

}  // namespace sc::writers
