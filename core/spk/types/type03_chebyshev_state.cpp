#include "spk/types/type03_chebyshev_state.hpp"

#include "math/chebyshev.hpp"
#include "spk/records/chebyshev_records.hpp"

namespace sc::spk {

Result<State> evaluate_type03(const daf::SegmentFile& file, const Segment& segment, double et) {
  SC_TRY_ASSIGN(auto&& record, read_chebyshev_record(file, segment, et, 6));
  return math::chebyshev_values<6>(record.words.span().subspan(2), record.coefficient_count, record.midpoint,
                                   record.radius, et);
}

}  // namespace sc::spk
