#include "spk/types/type03_chebyshev_state.hpp"

#include "math/chebyshev.hpp"
#include "spk/records/chebyshev_records.hpp"

namespace sc::spk {

Result<State> evaluate_type03(const daf::SegmentFile& file, const Segment& segment, double et) {
  daf::ChebyshevRecord record;
  SC_TRY(read_chebyshev_record(file, segment, et, 6, record));
  return type03_state(record, et);
}

State type03_state(const daf::ChebyshevRecord& record, double et) {
  return math::chebyshev_values<6>(record.words.span().subspan(2), record.coefficient_count, record.midpoint,
                                   record.radius, et);
}

}  // namespace sc::spk
