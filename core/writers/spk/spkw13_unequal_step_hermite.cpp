// SPK type 13 (spk.req, "Type 13: Hermite Interpolation --- Unequal Time Steps"), written as SPKW13
// writes it; the layout is shared with type 9 (unequal_step_segment_writer.hpp).
#include <string>

#include "writers/spk/spk_writer.hpp"
#include "writers/spk/spk_writer_checks.hpp"
#include "writers/spk/unequal_step_segment_writer.hpp"

namespace sc::spk {

Status spkw13(daf::DafWriter& file, const SegmentSpec& spec, int degree, int n, std::span<const double> states,
              std::span<const double> epochs) {
  SC_TRY(writers::check_unequal_step_sizes(n, states, epochs));
  SC_TRY(writers::check_frame(spec));
  SC_TRY(writers::check_segid_length(spec.segid));
  SC_TRY(writers::check_segid_printable(spec.segid));
  SC_TRY(writers::check_degree(degree, 1));
  if (degree % 2 == 0) {
    return make_error("SPICE(INVALIDDEGREE)", "The interpolating polynomials have degree " + std::to_string(degree) +
                                                  "; for SPK type 13, the degree must be odd.");
  }
  const int window = (degree + 1) / 2;
  if (n < window) {
    return make_error("SPICE(TOOFEWSTATES)", "At least " + std::to_string(window) +
                                                 " states are required to define a Hermite polynomial of degree " +
                                                 std::to_string(degree) +
                                                 ". Number of states supplied: " + std::to_string(n) + ".");
  }
  SC_TRY(writers::check_unequal_step_descriptor_order(spec));
  const auto used = epochs.first(static_cast<std::size_t>(n));
  SC_TRY(writers::check_epochs(used, spec.first, spec.last));
  return writers::write_segment(file, spec, 13, writers::unequal_step_data(states, used, window - 1));
}

}  // namespace sc::spk
