// CK type 4, variable-degree Chebyshev packets (CKW04B, CKW04A, CKW04E; ZZCK4I2D).
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "writers/ck/ck_writer_checks.hpp"

namespace sc::ck {
namespace {

constexpr int kComponents = 7;         // q0..q3, AV1..AV3 (QAVSIZ)
constexpr double kPackingBase = 128;   // CK4PCD
constexpr int kCountWords = kComponents - 1;  // the words the packing saves (CKW04A's SHFTAD)
constexpr int kExplicitLastBefore = 3;        // sgparam.inc's EXPLE

// ZZCK4I2D: the counts as digits of base 128, q0's the lowest. CKW04A truncates each count (INT).
double pack_counts(std::span<const double> counts) {
  double packed = 0;
  double digit = 1;
  for (int k = 0; k < kComponents; ++k) {
    packed = packed + std::trunc(counts[k]) * digit;
    digit = digit * kPackingBase;
  }
  return packed;
}

}  // namespace

Status check_type4_packet_sizes(int npkts, std::span<const int> pktsiz) {
  const auto n = static_cast<std::size_t>(npkts > 0 ? npkts : 0);
  if (pktsiz.size() < n) {
    return make_error("SPICE(INVALIDSIZE)", "pktsiz needs one entry per packet (" + std::to_string(npkts) + ").");
  }
  for (std::size_t k = 0; k < n; ++k) {
    if (pktsiz[k] <= 0) {
      return make_error("SPICE(INVALIDARGUMENT)", "The number of coefficient sets and epochs in data packet " +
                                                      std::to_string(k + 1) + " was not positive: " +
                                                      std::to_string(pktsiz[k]) + ".");
    }
    // CKPFS passes a type 4 record with one more element, the request time: hence >=.
    if (pktsiz[k] >= kCk04RecordSize) {
      return make_error("SPICE(INVALIDARGUMENT)", "The size of data packet " + std::to_string(k + 1) + ", " +
                                                      std::to_string(pktsiz[k]) +
                                                      ", is greater than the maximum allowed type 4 record size " +
                                                      std::to_string(kCk04RecordSize - 1) + ".");
    }
  }
  return {};
}

Result<daf::VariablePacketSegment> ckw04b(const CkSegmentSpec& spec) {
  SC_TRY(check_ref_frame(spec));
  SC_TRY(writers::check_segid_printable(spec.segid));
  SC_TRY(writers::check_segid_length(spec.segid));
  return daf::VariablePacketSegment({spec.begtim, 0.0}, {spec.inst, *spec.ref_code, 4, spec.avflag ? 1 : 0},
                                    std::string(spec.segid), {}, kExplicitLastBefore);
}

Status ckw04a(daf::VariablePacketSegment& segment, int npkts, std::span<const int> pktsiz,
              std::span<const double> pktdat, std::span<const double> sclkdp) {
  const auto n = static_cast<std::size_t>(npkts > 0 ? npkts : 0);
  if (pktsiz.size() < n || sclkdp.size() < n) {
    return make_error("SPICE(INVALIDSIZE)", "pktsiz and sclkdp need one entry per packet (" +
                                                std::to_string(npkts) + ").");
  }
  SC_TRY(check_type4_packet_sizes(npkts, pktsiz));
  std::vector<int> sizes;
  std::vector<double> packed;
  std::size_t at = 0;
  for (std::size_t k = 0; k < n; ++k) {
    const auto size = static_cast<std::size_t>(pktsiz[k]);
    // CKW04A reads the seven counts even when the packet is shorter than its header.
    SC_TRY(writers::check_size(pktdat.subspan(std::min(at, pktdat.size())),
                               static_cast<long long>(std::max<std::size_t>(size, 2 + kComponents)), "pktdat"));
    const auto packet = pktdat.subspan(at, std::max<std::size_t>(size, 2 + kComponents));
    // MID, RADIUS, the packed counts, then the coefficients.
    std::vector<double> words = {packet[0], packet[1], pack_counts(packet.subspan(2, kComponents))};
    if (size > 2 + kComponents) words.insert(words.end(), packet.begin() + 2 + kComponents,
                                                    packet.begin() + static_cast<std::ptrdiff_t>(size));
    const int new_size = pktsiz[k] - kCountWords;
    if (new_size > 0) {
      words.resize(static_cast<std::size_t>(new_size));
      packed.insert(packed.end(), words.begin(), words.end());
    }
    sizes.push_back(new_size);
    at += size;
  }
  return segment.add_packets(sizes, packed, sclkdp.first(n));
}

Status ckw04e(daf::DafWriter& file, daf::VariablePacketSegment& segment, double endtim) {
  segment.dc()[1] = endtim;
  return file.add_array(segment.dc(), segment.ic(), segment.name(), segment.words());
}

}  // namespace sc::ck
