// SGBWFS, SGWFPK and SGWES for explicitly indexed fixed-size packets (see generic_segment_writer.hpp).
#include "writers/spk/generic_segment_writer.hpp"

#include <array>
#include <string>

#include "writers/segment_checks.hpp"

namespace sc::writers {
namespace {

constexpr long long kDirectorySpacing = 100;  // sgparam.inc's DIRSIZ
constexpr long long kPacketOffset = 1;        // the reference stored before each packet
constexpr std::size_t kMaxSegidChars = 40;    // NC = 8 * (ND + (NI + 1) / 2) for ND 2, NI 6

}  // namespace

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

Status check_reference_order(std::span<const double> references) {
  for (std::size_t i = 1; i < references.size(); ++i) {
    if (references[i - 1] >= references[i]) {
      return make_error("SPICE(UNORDEREDREFS)", "Reference values are out of order: the value " +
                                                    dp(references[i - 1]) + " at index " + std::to_string(i) +
                                                    " is not less than the next one, " + dp(references[i]) +
                                                    ". The epochs must increase strictly.");
    }
  }
  return {};
}

std::vector<double> explicit_fixed_segment(std::span<const double> constants, std::span<const double> packets,
                                           long long packet_size, std::span<const double> references,
                                           int index_type) {
  const auto n = static_cast<long long>(references.size());
  const auto ncon = static_cast<long long>(constants.size());
  // (N - 1) / 100 with Fortran's truncation: 0 for an empty segment too.
  const long long directory = n > 0 ? (n - 1) / kDirectorySpacing : 0;
  std::vector<double> data(constants.begin(), constants.end());
  data.reserve(static_cast<std::size_t>(ncon + n * (packet_size + 2) + directory + 17));
  for (long long i = 0; i < n; ++i) {
    data.push_back(references[static_cast<std::size_t>(i)]);
    const auto packet = packets.subspan(static_cast<std::size_t>(i * packet_size), static_cast<std::size_t>(packet_size));
    data.insert(data.end(), packet.begin(), packet.end());
  }
  data.insert(data.end(), references.begin(), references.end());
  for (long long k = 1; k <= directory; ++k) data.push_back(references[static_cast<std::size_t>(k * kDirectorySpacing - 1)]);

  // SGWES's meta data for an explicitly indexed segment of fixed-size packets.
  const long long pktbas = ncon;  // CONBAS = 0
  const long long refbas = pktbas + (kPacketOffset + packet_size) * n;
  const long long rdrbas = refbas + n;
  // clang-format off
  const std::array<long long, 17> meta{
      0, ncon,                          // CONBAS NCON
      rdrbas, directory, index_type,    // RDRBAS NRDR RDRTYP
      refbas, n,                        // REFBAS NREF
      0, 0, 0,                          // PDRBAS NPDR PDRTYP: no packet directory
      pktbas, n,                        // PKTBAS NPKT
      0, 0,                             // RSVBAS NRSV: no reserved area
      packet_size, kPacketOffset, 17};  // PKTSZ PKTOFF NMETA
  // clang-format on
  for (long long m : meta) data.push_back(static_cast<double>(m));
  return data;
}

}  // namespace sc::writers
