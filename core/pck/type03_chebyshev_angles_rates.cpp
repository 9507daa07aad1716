#include "pck/type03_chebyshev_angles_rates.hpp"

#include <array>
#include <cmath>
#include <span>

#include "daf/generic_segment.hpp"
#include "errors/number_text.hpp"
#include "math/angles.hpp"
#include "math/chebyshev.hpp"
#include "math/euler.hpp"
#include "math/rotation.hpp"
#include "math/vector_ops.hpp"

namespace sc::pck {
namespace {

constexpr long long kQuantities = 6;           // RA, DEC, W, and three angular velocity components
constexpr long long kPckmatRecordWords = 130;  // PCKMAT's RECORD buffer

// PCKE03 once the record is read: `coefficients` holds six blocks of `ncoeff` values.
math::Mat6 to_state_transform(std::span<const double> coefficients, std::size_t ncoeff, double midpoint,
                              double radius, double et) {
  std::array<double, 6> q{};
  for (std::size_t i = 0; i < 6; ++i) {
    const double degrees = math::chebyshev_value(coefficients.subspan(i * ncoeff, ncoeff), midpoint, radius, et);
    q[i] = math::kRadiansPerDegree * degrees;
  }
  const double phi = math::kHalfPi + q[0];
  const double delta = math::kHalfPi - q[1];
  const math::Mat3 rot = math::eul2m(q[2], delta, phi, 3, 1, 3);

  // Column j of dR/dt is (-av) x (column j of R).
  const math::Vec3 minus_av{-q[3], -q[4], -q[5]};
  math::Mat3 drdt{};
  for (int j = 0; j < 3; ++j) {
    const math::Vec3 column = math::vcrss(minus_av, {rot[0][j], rot[1][j], rot[2][j]});
    for (int i = 0; i < 3; ++i) drdt[i][j] = column[static_cast<std::size_t>(i)];
  }
  return math::state_transform(rot, drdt);
}

Error failure(const daf::GenericSegmentRef& seg, std::string code, const std::string& what) {
  return make_error(std::move(code), "Cannot use " + seg.description + ": " + what);
}

// NCOEFF, the segment's only constant, checked as PCKMAT checks it: a record of
// INT(NCOEFF) * 6 + 2 words must fit its 130-word buffer. The packets must hold MID, RADIUS and
// the six blocks.
Result<std::size_t> coefficient_count(const daf::GenericSegmentRef& seg, const daf::GenericSegmentMeta& meta) {
  std::array<double, 1> constant{};
  SC_TRY(daf::read_constants(seg, meta, 1, constant));
  const double ncoeff = constant[0];
  if (!(ncoeff >= 1.0)) {
    return failure(seg, "SPICE(INVALIDCOUNT)", "its coefficient count NCOEFF is " + number_text(ncoeff) + ".");
  }
  const double record_size = std::floor(ncoeff) * kQuantities + 2;
  if (!(record_size <= kPckmatRecordWords)) {
    return failure(seg, "SPICE(PCKKRECTOOLARGE)", "its records need " + number_text(record_size) +
                                                      " words; PCKMAT has room for " +
                                                      std::to_string(kPckmatRecordWords) + ".");
  }
  const auto n = static_cast<long long>(ncoeff);
  if (meta.packet_size < n * kQuantities + 2) {
    return failure(seg, "SPICE(INVALIDCOUNT)", "its packets of " + std::to_string(meta.packet_size) +
                                                   " words cannot hold six blocks of " + std::to_string(n) +
                                                   " coefficients.");
  }
  return static_cast<std::size_t>(n);
}

}  // namespace

Result<math::Mat6> evaluate_type03(const daf::SegmentFile& file, const Segment& segment, double et) {
  const daf::GenericSegmentRef seg{&file.daf(), segment.begin, segment.end, describe(segment, file.file_name())};
  if (!segment.covers(et)) {  // PCKR03's check: the generic segment calls need it
    return failure(seg, "SPICE(TIMEOUTOFBOUNDS)", "the epoch " + number_text(et) + " is outside its coverage " +
                                                      number_text(segment.start_et) + " to " +
                                                      number_text(segment.end_et) + ".");
  }
  SC_TRY_ASSIGN(auto&& meta, daf::read_generic_meta(seg));
  SC_TRY_ASSIGN(auto&& ncoeff, coefficient_count(seg, meta));
  SC_TRY_ASSIGN(auto&& index, daf::find_packet_at_or_before(seg, meta, et));
  SC_TRY_ASSIGN(auto&& packet, daf::read_packet(seg, meta, index));

  const double midpoint = packet[0];
  const double radius = packet[1];
  if (!(radius > 0.0)) {
    return failure(seg, "SPICE(INVALIDRADIUS)", "packet " + std::to_string(index) + " has the interval radius " +
                                                    number_text(radius) + "; it must be positive.");
  }
  const auto coefficients = std::span<const double>(packet).subspan(2, ncoeff * static_cast<std::size_t>(kQuantities));
  return to_state_transform(coefficients, ncoeff, midpoint, radius, et);
}

}  // namespace sc::pck
