#include "pck/type02_chebyshev_angles.hpp"

#include "math/angles.hpp"
#include "math/chebyshev.hpp"
#include "pck/chebyshev_records.hpp"
#include "pck/euler_angles.hpp"

namespace sc::pck {

Result<math::EulerState> evaluate_type02_angles(const daf::SegmentFile& file, const Segment& segment, double et) {
  daf::ChebyshevRecord record;
  SC_TRY(read_chebyshev_record(file, segment, et, record));
  const auto p = math::chebyshev_values_and_rates<3>(record.words.span().subspan(2), record.coefficient_count,
                                                    record.midpoint, record.radius, et);
  math::EulerState angles{p[0].value, p[1].value, p[2].value, p[0].rate, p[1].rate, p[2].rate};
  // PCKE02 reduces w, and only w, modulo 2 pi; its rate is untouched.
  angles[2] = math::fortran_mod(angles[2], math::kTwoPi);
  return angles;
}

Result<math::Mat6> evaluate_type02(const daf::SegmentFile& file, const Segment& segment, double et) {
  SC_TRY_ASSIGN(auto&& angles, evaluate_type02_angles(file, segment, et));
  return euler_state_transform(angles);
}

}  // namespace sc::pck
