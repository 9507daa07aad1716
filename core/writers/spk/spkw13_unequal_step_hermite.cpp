// SPK type 13 (spk.req, "Type 13: Hermite Interpolation --- Unequal Time Steps"), written as SPKW13
// writes it; the layout is shared with type 9 (unequal_step_segment_writer.hpp).
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
  SC_TRY_ASSIGN(const int window, writers::hermite_window(degree, n, 13));
  SC_TRY(writers::check_unequal_step_descriptor_order(spec));
  const auto used = epochs.first(static_cast<std::size_t>(n));
  SC_TRY(writers::check_epochs(used, spec.first, spec.last));
  return writers::write_segment(file, spec, 13, writers::unequal_step_data(states, used, window - 1));
}

}  // namespace sc::spk
