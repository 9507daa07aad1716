#include "spk/types/type13_unequal_step_hermite.hpp"

#include <vector>

#include "math/interpolation.hpp"
#include "spk/records/unequal_step_window.hpp"
#include "spk/segment_data.hpp"

namespace sc::spk {

Result<State> evaluate_type13(const daf::SegmentFile& file, const Segment& segment, double et) {
  SC_TRY_ASSIGN(auto&& window, read_unequal_step_window(file, segment, et));
  const std::size_t w = window.epochs.size();
  State state{};
  std::vector<double> values(2 * w);  // x(1), x'(1), x(2), x'(2), ...
  for (std::size_t c = 0; c < 3; ++c) {
    for (std::size_t k = 0; k < w; ++k) {
      values[2 * k] = window.states[6 * k + c];
      values[2 * k + 1] = window.states[6 * k + c + 3];
    }
    auto f = math::hermite(window.epochs, values, et);
    if (!f) return segment_error(file, segment, f.error().short_code, f.error().long_msg);
    state[c] = f->value;
    state[c + 3] = f->derivative;
  }
  return state;
}

}  // namespace sc::spk
