// SPK type 8 (spk.req, "Type 8: Lagrange Interpolation --- Equal Time Steps"), written as SPKW08
// writes it; the layout is shared with type 12 (equal_step_segment_writer.hpp).
#include "writers/spk/equal_step_segment_writer.hpp"
#include "writers/spk/spk_writer.hpp"
#include "writers/spk/spk_writer_checks.hpp"

namespace sc::spk {

Status spkw08(daf::DafWriter& file, const SegmentSpec& spec, int degree, int n, std::span<const double> states,
              double epoch1, double step) {
  SC_TRY(writers::check_size(states, 6LL * n, "states"));
  SC_TRY(writers::check_equal_step_identifier(spec));
  SC_TRY(writers::check_lagrange_degree(degree, n));
  SC_TRY(writers::check_equal_step_times(spec, n, epoch1, step));
  return writers::write_segment(file, spec, 8, writers::equal_step_data(states, n, epoch1, step, degree));
}

}  // namespace sc::spk
