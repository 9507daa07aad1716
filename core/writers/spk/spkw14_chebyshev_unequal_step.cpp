// SPK type 14 (spk.req "Type 14: Chebyshev Polynomials --- Unequal Time Steps"), written as CSPICE's
// SPK14B, SPK14A and SPK14E write it through the generic segment writer (SGBWFS, SGWFPK, SGWES)
// with fixed-size packets and an explicit "last reference <= key" index. SGWFPK stores each
// reference epoch right before its packet (the packet offset PKTOFF = 1); SGWES then copies the
// epochs into their own partition, adds every 100th as a directory when there are more than 100,
// and appends the 17 meta data items. The result, relative to the segment's start:
//    1                    NCOEFF (the one constant)
//    2 ..                 N times: epoch, MID, RADIUS, 6 NCOEFF coefficients
//    REFBAS + 1 ..        the N epochs
//    RDRBAS + 1 ..        epochs 100, 200, ... ((N - 1) / 100 of them)
//    last 17 words        CONBAS NCON RDRBAS NRDR RDRTYP REFBAS NREF PDRBAS NPDR PDRTYP
//                         PKTBAS NPKT RSVBAS NRSV PKTSZ PKTOFF NMETA
#include <array>
#include <string>
#include <vector>

#include "writers/spk/spk_writer.hpp"
#include "writers/spk/spk_writer_checks.hpp"
#include "writers/spk/spkpds_checks.hpp"

namespace sc::spk {
namespace {

constexpr int kType = 14;
constexpr long long kComponents = 6;
constexpr long long kDirectorySpacing = 100;       // sgparam.inc's DIRSIZ
constexpr long long kExplicitLastLessOrEqual = 3;  // sgparam.inc's EXPLE
constexpr long long kPacketOffset = 1;             // the epoch stored before each packet
constexpr std::size_t kMaxSegidChars = 40;         // NC = 8 * (ND + (NI + 1) / 2) for ND 2, NI 6

// SGBWFS's identifier checks: length up to the last non-blank, then printing characters in it.
Status check_segid_sgbwfs(std::string_view segid) {
  const auto end = segid.find_last_not_of(' ');
  const std::size_t length = end == std::string_view::npos ? 0 : end + 1;
  if (length > kMaxSegidChars) {
    return make_error("SPICE(SEGIDTOOLONG)",
                      "The segment identifier '" + std::string(segid) + "' contains more than 40 characters.");
  }
  for (std::size_t i = 0; i < length; ++i) {
    const auto c = static_cast<unsigned char>(segid[i]);
    if (c < 32 || c > 126) {
      const std::string where = std::to_string(i + 1);
      return make_error("SPICE(NONPRINTINGCHARS)",
                        "The segment identifier contains a nonprinting character at location " + where + ".");
    }
  }
  return {};
}

// SGWFPK's ordering check for one batch of explicit references.
Status check_epoch_order(std::span<const double> epochs) {
  for (std::size_t i = 1; i < epochs.size(); ++i) {
    if (epochs[i - 1] >= epochs[i]) {
      return make_error("SPICE(UNORDEREDREFS)", "Reference values are out of order: the value " +
                                                    writers::dp(epochs[i - 1]) + " at index " + std::to_string(i) +
                                                    " is not less than the next one, " + writers::dp(epochs[i]) +
                                                    ". The epochs must increase strictly.");
    }
  }
  return {};
}

std::vector<double> segment_data(long long ncoeff, std::span<const double> records, std::span<const double> epochs) {
  const auto n = static_cast<long long>(epochs.size());
  const long long pktsz = ncoeff * kComponents + 2;
  const long long directory = (n - 1) / kDirectorySpacing;
  std::vector<double> data;
  data.reserve(static_cast<std::size_t>(1 + n * (pktsz + 2) + directory + 17));
  data.push_back(static_cast<double>(ncoeff));
  for (long long i = 0; i < n; ++i) {
    data.push_back(epochs[static_cast<std::size_t>(i)]);
    const auto packet = records.subspan(static_cast<std::size_t>(i * pktsz), static_cast<std::size_t>(pktsz));
    data.insert(data.end(), packet.begin(), packet.end());
  }
  data.insert(data.end(), epochs.begin(), epochs.end());
  for (long long k = 1; k <= directory; ++k)
    data.push_back(epochs[static_cast<std::size_t>(k * kDirectorySpacing - 1)]);

  // SGWES's meta data for an explicitly indexed segment of fixed-size packets.
  const long long ncon = 1;
  const long long pktbas = ncon;  // CONBAS = 0
  const long long refbas = pktbas + (kPacketOffset + pktsz) * n;
  const long long rdrbas = refbas + n;
  // clang-format off
  const std::array<long long, 17> meta{
      0, ncon,                                      // CONBAS NCON
      rdrbas, directory, kExplicitLastLessOrEqual,  // RDRBAS NRDR RDRTYP
      refbas, n,                                    // REFBAS NREF
      0, 0, 0,                                      // PDRBAS NPDR PDRTYP: no packet directory
      pktbas, n,                                    // PKTBAS NPKT
      0, 0,                                         // RSVBAS NRSV: no reserved area
      pktsz, kPacketOffset, 17};                    // PKTSZ PKTOFF NMETA
  // clang-format on
  for (long long m : meta) data.push_back(static_cast<double>(m));
  return data;
}

}  // namespace

Status spkw14(daf::DafWriter& file, const SegmentSpec& spec, int n, int chbdeg, std::span<const double> records,
              std::span<const double> epochs) {
  const long long pktsz = (static_cast<long long>(chbdeg) + 1) * kComponents + 2;
  SC_TRY(writers::check_size(records, static_cast<long long>(n) * pktsz, "records"));
  SC_TRY(writers::check_size(epochs, n, "epochs"));
  // SPK14B
  if (chbdeg < 0) {
    return make_error("SPICE(INVALIDARGUMENT)", "The degree of the Chebyshev polynomials is " + std::to_string(chbdeg) +
                                                    "; it must be at least zero.");
  }
  SC_TRY(writers::check_descriptor_spkpds(spec));
  SC_TRY(check_segid_sgbwfs(spec.segid));
  // SPK14A and SGWFPK
  if (n <= 0) {
    return make_error("SPICE(INVALIDARGUMENT)", "The number of coefficient sets and epochs to add to the segment is " +
                                                    std::to_string(n) + "; it must be positive.");
  }
  const auto used = epochs.first(static_cast<std::size_t>(n));
  SC_TRY(check_epoch_order(used));
  return writers::write_segment(file, spec, kType, segment_data(chbdeg + 1LL, records, used));
}

}  // namespace sc::spk
