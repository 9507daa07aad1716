#include "pck/type20_chebyshev_angle_rates.hpp"

#include <string>

#include "daf/integrated_chebyshev.hpp"
#include "math/angles.hpp"
#include "pck/euler_angles.hpp"

namespace sc::pck {
namespace {

// PCKMAT reads every record into RECORD(130); PCKR20 fills its first three words (size, MID,
// RADIUS) and the RSIZE words of the record after them. PCKMAT documents SPICE(PCKRECTOOLARGE)
// for a record that does not fit but N0067 never checks, so CSPICE writes past the buffer
// (undefined behaviour) for degrees 41 .. 50, which PCKW20 accepts: we refuse them instead.
constexpr long long kPckmatRecordWords = 130;
constexpr long long kRecordHeaderWords = 3;

}  // namespace

Result<math::EulerState> evaluate_type20_angles(const daf::SegmentFile& file, const Segment& segment, double et) {
  const auto description = [&] { return describe(segment, file.file_name()); };
  SC_TRY_ASSIGN(auto&& got, daf::evaluate_integrated_chebyshev(
      file.daf(), {segment.begin, segment.end, description, "an angle", kPckmatRecordWords - kRecordHeaderWords}, et));
  math::EulerState angles{got.values[0], got.values[1], got.values[2], got.rates[0], got.rates[1], got.rates[2]};
  // PCKE20 reduces w, and only w, modulo 2 pi (Fortran's MOD); its rate is untouched.
  angles[2] = math::fortran_mod(angles[2], math::kTwoPi);
  return angles;
}

Result<math::Mat6> evaluate_type20(const daf::SegmentFile& file, const Segment& segment, double et) {
  SC_TRY_ASSIGN(auto&& angles, evaluate_type20_angles(file, segment, et));
  return euler_state_transform(angles);
}

}  // namespace sc::pck
