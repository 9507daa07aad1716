#include "spk/types/type08_equal_step_lagrange.hpp"

#include <vector>

#include "math/interpolation.hpp"
#include "spk/records/equal_step_window.hpp"
#include "spk/segment_data.hpp"

namespace sc::spk {

Result<State> evaluate_type08(const daf::SegmentFile& file, const Segment& segment, double et) {
  SC_TRY_ASSIGN(auto&& window, read_equal_step_window(file, segment, et));
  const std::size_t w = window.size();
  State state{};
  std::vector<double> component(w);
  for (std::size_t c = 0; c < 6; ++c) {
    for (std::size_t k = 0; k < w; ++k) component[k] = window.states[6 * k + c];
    auto value = math::lagrange_equal_step(component, window.first_epoch, window.step, et);
    if (!value) return segment_error(file, segment, value.error().short_code, value.error().long_msg);
    state[c] = *value;
  }
  return state;
}

}  // namespace sc::spk
