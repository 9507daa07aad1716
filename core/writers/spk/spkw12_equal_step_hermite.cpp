// SPK type 12 (spk.req, "Type 12: Hermite Interpolation --- Equal Time Steps"), written as SPKW12
// writes it; the layout is shared with type 8 (equal_step_segment_writer.hpp).
#include <string>

#include "writers/spk/equal_step_segment_writer.hpp"
#include "writers/spk/spk_writer.hpp"
#include "writers/spk/spk_writer_checks.hpp"

namespace sc::spk {

Status spkw12(daf::DafWriter& file, const SegmentSpec& spec, int degree, int n, std::span<const double> states,
              double epoch1, double step) {
  SC_TRY(writers::check_size(states, 6LL * n, "states"));
  SC_TRY(writers::check_equal_step_identifier(spec));
  SC_TRY(writers::check_degree(degree, 1));
  if (degree % 2 == 0) {
    return make_error("SPICE(INVALIDDEGREE)", "The interpolating polynomials have degree " + std::to_string(degree) +
                                                  "; for SPK type 12, the degree must be odd.");
  }
  const int window = (degree + 1) / 2;
  if (n < window) {
    return make_error("SPICE(TOOFEWSTATES)", "At least " + std::to_string(window) +
                                                 " states are required to define a Hermite polynomial of degree " +
                                                 std::to_string(degree) +
                                                 ". Number of states supplied: " + std::to_string(n) + ".");
  }
  SC_TRY(writers::check_equal_step_times(spec, n, epoch1, step));
  return writers::write_segment(file, spec, 12, writers::equal_step_data(states, n, epoch1, step, window - 1));
}

}  // namespace sc::spk
