// SPK type 10 (see type10_two_line_elements.hpp): SPKR10's choice of element sets, SPKE10's
// blend, and ZZTEME's frame change, in CSPICE's operation order.
#include "spk/types/type10_two_line_elements.hpp"

#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <vector>

#include "daf/generic_segment.hpp"
#include "math/angles.hpp"
#include "math/trig.hpp"
#include "math/vector_ops.hpp"
#include "spk/segment_data.hpp"
#include "tle/teme_frame.hpp"
#include "tle/tle_api.hpp"

namespace sc::spk {
namespace {

constexpr long long kConstants = 8;
constexpr long long kElements = 10;
constexpr long long kPacketWords = 14;  // elements, then four nutation values
constexpr long long kOldPacketWords = 10;

Error failure(const daf::GenericSegmentRef& seg, std::string code, const std::string& what) {
  return make_error(std::move(code), "Cannot use " + seg.description + ": " + what);
}

// SPKE10's weighting of the two propagated states (t1 != t2).
math::State blend(const math::State& s1, const math::State& s2, double et, double t1, double t2) {
  const double numer = et - t1;
  const double denom = t2 - t1;
  const double arg = numer * math::kPi / denom;
  const double dargdt = math::kPi / denom;
  const double w = math::cos(arg) * 0.5 + 0.5;
  const double dwdt = math::sin(arg) * -0.5 * dargdt;
  math::State state{};
  const double v = 1.0 - w;
  for (int i = 0; i < 6; ++i) state[i] = w * s1[i] + v * s2[i];  // VLCOMG
  const math::Vec3 vcomp = math::vlcom(dwdt, math::position_of(s1), -dwdt, math::position_of(s2));
  for (int i = 0; i < 3; ++i) state[i + 3] = state[i + 3] + vcomp[i];  // VADD
  return state;
}

}  // namespace

Result<State> evaluate_type10(const time::TimeKernel& kernel, const daf::SegmentFile& file, const Segment& segment,
                              double et) {
  const daf::GenericSegmentRef seg{&file.daf(), segment.begin, segment.end, describe(segment, file.file_name())};
  SC_TRY_ASSIGN(auto&& meta, daf::read_generic_meta(seg));
  std::array<double, kConstants> geophs{};
  SC_TRY(daf::read_constants(seg, meta, 1, geophs));
  if (meta.packet_size != kPacketWords && meta.packet_size != kOldPacketWords) {
    return failure(seg, "SPICE(INVALIDCOUNT)",
                   "its packets have " + std::to_string(meta.packet_size) + " words; type 10 packets have 14 (or 10).");
  }

  // SPKR10: the set with the closest epoch, and its neighbour on et's side.
  SC_TRY_ASSIGN(auto&& selected, daf::select_reference(seg, meta, et));
  const daf::SelectedReference ref = selected.value_or(daf::SelectedReference{1, et});
  long long from = ref.index;
  long long to = ref.index;
  if (et <= ref.value) {
    from = std::max(ref.index - 1, 1LL);
  } else {
    to = std::min(ref.index + 1, meta.reference_count);
  }
  SC_TRY_ASSIGN(const std::vector<double> set1, daf::read_packet(seg, meta, from));
  std::vector<double> set2 = set1;
  if (to != from) {
    SC_TRY_ASSIGN(set2, daf::read_packet(seg, meta, to));
  }
  const auto elems1 = std::span<const double>(set1).first(kElements);
  const auto elems2 = std::span<const double>(set2).first(kElements);

  // SPKE10.
  const double t1 = elems1[9];
  const double t2 = elems2[9];
  math::State teme{};
  if (t1 != t2) {
    SC_TRY_ASSIGN(const math::State s1, tle::propagate(kernel, geophs, elems1, et));
    SC_TRY_ASSIGN(const math::State s2, tle::propagate(kernel, geophs, elems2, et));
    teme = blend(s1, s2, et, t1, t2);
  } else {
    SC_TRY_ASSIGN(teme, tle::propagate(kernel, geophs, elems1, et));
  }
  const math::Mat6 tm2j = tle::teme_to_j2000(et);
  State state{};
  for (int i = 0; i < 6; ++i) {
    double sum = 0.0;  // MXVG
    for (int k = 0; k < 6; ++k) sum += tm2j[i][k] * teme[k];
    state[i] = sum;
  }
  return state;
}

}  // namespace sc::spk
