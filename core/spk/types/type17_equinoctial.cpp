#include "spk/types/type17_equinoctial.hpp"

#include <array>
#include <cmath>  // std::sqrt: correctly rounded

#include "math/equinoctial.hpp"
#include "spk/segment_data.hpp"

namespace sc::spk {
namespace {

constexpr long long kRecordWords = 12;

}  // namespace

Result<State> evaluate_type17(const daf::SegmentFile& file, const Segment& segment, double et) {
  if (segment.length() != kRecordWords) {
    return segment_error(
        file, segment, "SPICE(MALFORMEDSEGMENT)",
        "a type 17 segment holds exactly 12 words; this one has " + std::to_string(segment.length()) + ".");
  }
  std::array<double, kRecordWords> record{};
  SC_TRY(read_segment_words(file, segment, segment.begin, record));
  // SPKE17's own checks come before EQNCPV's (which repeats them with other codes).
  const double a = record[1];
  const double ecc = std::sqrt(record[2] * record[2] + record[3] * record[3]);
  if (a <= 0.0) {
    return segment_error(file, segment, "SPICE(BADSEMIAXIS)",
                         "its semi-major axis is " + number_text(a) + "; it must be positive.");
  }
  if (ecc > 0.9) {
    return segment_error(file, segment, "SPICE(BADECCENTRICITY)",
                         "its eccentricity is " + number_text(ecc) + "; type 17 takes eccentricities up to 0.9.");
  }
  math::EquinoctialElements eqel{};
  for (std::size_t i = 0; i < eqel.size(); ++i) eqel[i] = record[i + 1];
  auto state = math::equinoctial_state(et, record[0], eqel, record[10], record[11]);
  if (!state) {
    return segment_error(file, segment, state.error().short_code,
                         "evaluating its elements at " + epoch_text(et) + ": " + state.error().long_msg);
  }
  return *state;
}

}  // namespace sc::spk
