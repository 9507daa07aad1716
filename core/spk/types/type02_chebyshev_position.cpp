#include "spk/types/type02_chebyshev_position.hpp"

#include "math/chebyshev.hpp"
#include "spk/records/chebyshev_records.hpp"

namespace sc::spk {

Result<State> evaluate_type02(const daf::SegmentFile& file, const Segment& segment, double et) {
  SC_TRY_ASSIGN(auto&& record, read_chebyshev_record(file, segment, et, 3));
  State state{};
  for (std::size_t i = 0; i < 3; ++i) {
    const auto p = math::chebyshev_value_and_rate(record.component(i), record.midpoint, record.radius, et);
    state[i] = p.value;
    state[i + 3] = p.rate;
  }
  return state;
}

}  // namespace sc::spk
