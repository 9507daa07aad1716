#include "spk/types/type02_chebyshev_position.hpp"

#include "math/chebyshev.hpp"
#include "spk/records/chebyshev_records.hpp"

namespace sc::spk {

Result<State> evaluate_type02(const daf::SegmentFile& file, const Segment& segment, double et) {
  daf::ChebyshevRecord record;
  SC_TRY(read_chebyshev_record(file, segment, et, 3, record));
  return type02_state(record, et);
}

State type02_state(const daf::ChebyshevRecord& record, double et) {
  const auto p = math::chebyshev_values_and_rates<3>(record.words.span().subspan(2), record.coefficient_count,
                                                    record.midpoint, record.radius, et);
  return State{p[0].value, p[1].value, p[2].value, p[0].rate, p[1].rate, p[2].rate};
}

}  // namespace sc::spk
