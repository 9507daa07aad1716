// SPK type 12 (spk.req, "Type 12: Hermite Interpolation --- Equal Time Steps"), written as SPKW12
// writes it; the layout is shared with type 8 (equal_step_segment_writer.hpp).
#include "writers/spk/equal_step_segment_writer.hpp"
#include "writers/spk/spk_writer.hpp"
#include "writers/spk/spk_writer_checks.hpp"

namespace sc::spk {

Status spkw12(daf::DafWriter& file, const SegmentSpec& spec, int degree, int n, std::span<const double> states,
              double epoch1, double step) {
  SC_TRY(writers::check_size(states, 6LL * n, "states"));
  SC_TRY(writers::check_equal_step_identifier(spec));
  SC_TRY_ASSIGN(const int window, writers::hermite_window(degree, n, 12));
  SC_TRY(writers::check_equal_step_times(spec, n, epoch1, step));
  return writers::write_segment(file, spec, 12, writers::equal_step_data(states, n, epoch1, step, window - 1));
}

}  // namespace sc::spk
