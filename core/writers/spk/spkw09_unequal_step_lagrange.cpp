// SPK type 9 (spk.req, "Type 9: Lagrange Interpolation --- Unequal Time Steps"), written as SPKW09
// writes it; the layout is shared with type 13 (unequal_step_segment_writer.hpp).
#include "writers/spk/spk_writer.hpp"
#include "writers/spk/spk_writer_checks.hpp"
#include "writers/spk/unequal_step_segment_writer.hpp"

namespace sc::spk {

Status spkw09(daf::DafWriter& file, const SegmentSpec& spec, int degree, int n, std::span<const double> states,
              std::span<const double> epochs) {
  SC_TRY(writers::check_unequal_step_sizes(n, states, epochs));
  // SPKW09 checks the descriptor times before the identifier, and printability before length.
  SC_TRY(writers::check_frame(spec));
  SC_TRY(writers::check_unequal_step_descriptor_order(spec));
  SC_TRY(writers::check_segid_printable(spec.segid));
  SC_TRY(writers::check_segid_length(spec.segid));
  SC_TRY(writers::check_lagrange_degree(degree, n));
  const auto used = epochs.first(static_cast<std::size_t>(n));
  SC_TRY(writers::check_epochs(used, spec.first, spec.last));
  return writers::write_segment(file, spec, 9, writers::unequal_step_data(states, used, degree));
}

}  // namespace sc::spk
