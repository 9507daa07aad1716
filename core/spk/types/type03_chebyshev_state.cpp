#include "spk/types/type03_chebyshev_state.hpp"

#include "math/chebyshev.hpp"
#include "spk/records/chebyshev_records.hpp"

namespace sc::spk {

Result<State> evaluate_type03(const daf::SegmentFile& file, const Segment& segment, double et) {
  SC_TRY_ASSIGN(auto&& record, read_chebyshev_record(file, segment, et, 6));
  State state{};
  for (std::size_t i = 0; i < 6; ++i) {
    state[i] = math::chebyshev_value(record.component(i), record.midpoint, record.radius, et);
  }
  return state;
}

}  // namespace sc::spk
