#include "pck/type02_chebyshev_angles.hpp"

#include "math/angles.hpp"
#include "math/chebyshev.hpp"
#include "pck/chebyshev_records.hpp"
#include "pck/euler_angles.hpp"

namespace sc::pck {

Result<math::EulerState> evaluate_type02_angles(const daf::SegmentFile& file, const Segment& segment, double et) {
  SC_TRY_ASSIGN(auto&& record, read_chebyshev_record(file, segment, et));
  math::EulerState angles{};
  for (std::size_t i = 0; i < 3; ++i) {
    const auto p = math::chebyshev_value_and_rate(record.component(i), record.midpoint, record.radius, et);
    angles[i] = p.value;
    angles[i + 3] = p.rate;
  }
  // PCKE02 reduces w, and only w, modulo 2 pi; its rate is untouched.
  angles[2] = math::fortran_mod(angles[2], math::kTwoPi);
  return angles;
}

Result<math::Mat6> evaluate_type02(const daf::SegmentFile& file, const Segment& segment, double et) {
  SC_TRY_ASSIGN(auto&& angles, evaluate_type02_angles(file, segment, et));
  return euler_state_transform(angles);
}

}  // namespace sc::pck
