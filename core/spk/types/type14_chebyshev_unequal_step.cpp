#include "spk/types/type14_chebyshev_unequal_step.hpp"

#include <array>
#include <cmath>  // std::trunc: exact
#include <span>

#include "daf/generic_segment.hpp"
#include "math/chebyshev.hpp"
#include "spk/segment_data.hpp"

namespace sc::spk {
namespace {

constexpr long long kComponents = 6;
constexpr long long kMaxRecordWords = 198;  // SPKPVN's MAXREC

Error failure(const daf::GenericSegmentRef& seg, std::string code, const std::string& what) {
  return make_error(std::move(code), "Cannot use " + seg.description + ": " + what);
}

// NCOEFF, the segment's only constant, checked as SPKPVN checks it before SPKR14 runs: a record
// of INT(NCOEFF) * 6 + 3 words (NCOEFF, MID, RADIUS, coefficients) must fit its buffer. The packets
// must hold MID, RADIUS and the six blocks, or SPKE14 would read past them.
Result<std::size_t> coefficient_count(const daf::GenericSegmentRef& seg, const daf::GenericSegmentMeta& meta) {
  std::array<double, 1> constant{};
  SC_TRY(daf::read_constants(seg, meta, 1, constant));
  const double ncoeff = std::trunc(constant[0]);
  if (!(ncoeff >= 1.0)) {
    return failure(seg, "SPICE(INVALIDCOUNT)", "its coefficient count NCOEFF is " + number_text(constant[0]) + ".");
  }
  if (!(ncoeff * kComponents + 3 <= static_cast<double>(kMaxRecordWords))) {
    return failure(seg, "SPICE(SPKRECTOOLARGE)",
                   "its records need " + number_text(ncoeff * kComponents + 3) +
                       " double precision numbers; an SPK data record has room for " + std::to_string(kMaxRecordWords) +
                       ".");
  }
  const auto n = static_cast<long long>(ncoeff);
  if (meta.packet_size < n * kComponents + 2) {
    return failure(seg, "SPICE(INVALIDCOUNT)",
                   "its packets of " + std::to_string(meta.packet_size) +
                       " words cannot hold MID, RADIUS and six blocks of " + std::to_string(n) + " coefficients.");
  }
  return static_cast<std::size_t>(n);
}

}  // namespace

Result<State> evaluate_type14(const daf::SegmentFile& file, const Segment& segment, double et) {
  const daf::GenericSegmentRef seg{&file.daf(), segment.begin, segment.end, describe(segment, file.file_name())};
  SC_TRY_ASSIGN(auto&& meta, daf::read_generic_meta(seg));
  SC_TRY_ASSIGN(auto&& ncoeff, coefficient_count(seg, meta));
  if (!segment.covers(et)) {
    return failure(seg, "SPICE(TIMEOUTOFBOUNDS)",
                   "the request time " + epoch_text(et) + " is outside its coverage " + number_text(segment.start_et) +
                       " : " + number_text(segment.end_et) + ".");
  }
  SC_TRY_ASSIGN(auto&& index, daf::find_packet_at_or_before(seg, meta, et));
  SC_TRY_ASSIGN(auto&& packet, daf::read_packet(seg, meta, index));

  const double midpoint = packet[0];
  const double radius = packet[1];
  const auto coefficients = std::span<const double>(packet).subspan(2);
  State state{};
  for (std::size_t i = 0; i < state.size(); ++i) {
    state[i] = math::chebyshev_value(coefficients.subspan(i * ncoeff, ncoeff), midpoint, radius, et);
  }
  return state;
}

}  // namespace sc::spk
