// SPK type 10 (spk.req "Type 10: Space Command Two-Line Elements"), written as CSPICE N0067's SPKW10
// writes it: SPKPDS's descriptor checks, then the generic segment writer (SGBWFS with the 8
// constants, 14-word packets and index type EXPCLS; one SGWFPK per element set; SGWES).
#include <array>
#include <string>
#include <vector>

#include "tle/wahr_nutation.hpp"
#include "writers/spk/generic_segment_writer.hpp"
#include "writers/spk/spk_writer.hpp"
#include "writers/spk/spk_writer_checks.hpp"
#include "writers/spk/spkpds_checks.hpp"

namespace sc::spk {
namespace {

constexpr int kType = 10;
constexpr long long kConstants = 8;
constexpr long long kElements = 10;
constexpr long long kPacketWords = 14;
constexpr int kExplicitClosest = 4;  // sgparam.inc's EXPCLS

}  // namespace

Status spkw10(daf::DafWriter& file, const SegmentSpec& spec, std::span<const double> consts, int n,
              std::span<const double> elems, std::span<const double> epochs) {
  const long long count = n > 0 ? n : 0;
  SC_TRY(writers::check_size(consts, kConstants, "consts"));
  SC_TRY(writers::check_size(elems, count * kElements, "elems"));
  SC_TRY(writers::check_size(epochs, count, "epochs"));
  SC_TRY(writers::check_descriptor_spkpds(spec));
  SC_TRY(writers::check_segid_sgbwfs(spec.segid));
  const auto references = epochs.first(static_cast<std::size_t>(count));
  SC_TRY(writers::check_reference_order(references));

  // Each packet: the elements, then ZZWAHR's (dpsi, deps, dpsi/dt, deps/dt) at the epoch stored as
  // deps, dpsi, deps/dt, dpsi/dt.
  std::vector<double> packets;
  packets.reserve(static_cast<std::size_t>(count * kPacketWords));
  for (long long i = 0; i < count; ++i) {
    const auto set = elems.subspan(static_cast<std::size_t>(i * kElements), static_cast<std::size_t>(kElements));
    packets.insert(packets.end(), set.begin(), set.end());
    const std::array<double, 4> dnut = tle::wahr_nutation(references[static_cast<std::size_t>(i)]);
    packets.insert(packets.end(), {dnut[1], dnut[0], dnut[3], dnut[2]});
  }
  const auto data = writers::explicit_fixed_segment(consts.first(kConstants), packets, kPacketWords, references,
                                                    kExplicitClosest);
  return writers::write_segment(file, spec, kType, data);
}

}  // namespace sc::spk
