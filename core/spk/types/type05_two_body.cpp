#include "spk/types/type05_two_body.hpp"

#include <array>

#include "math/angles.hpp"
#include "math/trig.hpp"
#include "math/two_body.hpp"
#include "spk/records/epoch_search.hpp"
#include "spk/segment_data.hpp"

namespace sc::spk {
namespace {

constexpr long long kStateSize = 6;
using math::kPi;  // SPICELIB's PI(): the double nearest pi

// SPKR05's record: the two states bracketing et, their epochs, and GM.
struct BracketingStates {
  State s1{}, s2{};
  double t1 = 0, t2 = 0;
};

Result<BracketingStates> read_bracket(const daf::SegmentFile& file, const Segment& segment, long long n, double et) {
  EpochList epochs;
  epochs.count = n;
  epochs.first = segment.begin + kStateSize * n;
  epochs.directory = epochs.first + n;
  epochs.directory_count = n / kEpochDirectoryStep;
  SC_TRY_ASSIGN(auto&& before, count_epochs_before(file, segment, epochs, et));
  // I = 0: et at or before the first epoch; I = N: after the last. Both use one state twice.
  const long long i = before;
  const long long first = i == 0 ? 1 : i;
  const long long second = i == 0 ? 1 : (i == n ? n : i + 1);
  BracketingStates b;
  SC_TRY(read_segment_words(file, segment, segment.begin + (first - 1) * kStateSize, b.s1));
  SC_TRY(read_segment_words(file, segment, segment.begin + (second - 1) * kStateSize, b.s2));
  SC_TRY_ASSIGN(auto&& t1, epoch_at(file, segment, epochs, first));
  SC_TRY_ASSIGN(auto&& t2, epoch_at(file, segment, epochs, second));
  b.t1 = t1;
  b.t2 = t2;
  return b;
}

}  // namespace

Result<State> evaluate_type05(const daf::SegmentFile& file, const Segment& segment, double et) {
  std::array<double, 2> trailer{};  // GM, N
  SC_TRY(read_segment_trailer(file, segment, trailer));
  const double gm = trailer[0];
  const auto n = daf::fortran_nint(trailer[1], 1, segment.length());  // SPKR05: NINT
  if (!n || *n * (kStateSize + 1) + *n / kEpochDirectoryStep + 2 > segment.length()) {
    return segment_error(file, segment, "SPICE(INVALIDCOUNT)",
                         "its trailer gives " + number_text(trailer[1]) +
                             " states, which with their epochs and directory do not fit its " +
                             std::to_string(segment.length()) + " words.");
  }
  SC_TRY_ASSIGN(auto&& b, read_bracket(file, segment, *n, et));

  auto propagation_error = [&](const Error& e) {
    return segment_error(file, segment, e.short_code, "propagating its states to " + epoch_text(et) + ": " + e.long_msg);
  };
  if (b.t1 == b.t2) {
    auto s = math::propagate_two_body(gm, b.s1, et - b.t1);
    if (!s) return propagation_error(s.error());
    return *s;
  }
  auto p1 = math::propagate_two_body(gm, b.s1, et - b.t1);
  if (!p1) return propagation_error(p1.error());
  auto p2 = math::propagate_two_body(gm, b.s2, et - b.t2);
  if (!p2) return propagation_error(p2.error());

  // SPKE05's weights, operation for operation.
  const double numer = et - b.t1;
  const double denom = b.t2 - b.t1;
  const double arg = numer * kPi / denom;
  const double dargdt = kPi / denom;
  const double w = math::cos(arg) * 0.5 + 0.5;
  const double dwdt = math::sin(arg) * -0.5 * dargdt;
  const double v = 1.0 - w;
  State state{};
  for (std::size_t k = 0; k < 6; ++k) state[k] = w * (*p1)[k] + v * (*p2)[k];  // VLCOMG
  for (std::size_t k = 0; k < 3; ++k) {
    const double vcomp = dwdt * (*p1)[k] + (-dwdt) * (*p2)[k];  // VLCOM
    state[k + 3] = state[k + 3] + vcomp;                        // VADD
  }
  return state;
}

}  // namespace sc::spk
