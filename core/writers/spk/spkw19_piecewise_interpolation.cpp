// SPK type 19 (spk.req, "Type 19: ESOC/DDID Piecewise Interpolation"): the mini-segments (packets,
// epochs, epoch directory, subtype, window size, packet count), the interval bounds and their
// directory, the mini-segment pointers, the boundary flag and the interval count.
#include <array>
#include <vector>

#include "writers/spk/spk_writer.hpp"
#include "writers/spk/spk_writer_checks.hpp"

namespace sc::spk {
namespace {

using writers::dp;

constexpr long long kDirectorySpacing = 100;
constexpr int kMaxType19Degree = 27;
constexpr std::array<long long, 3> kPacketSizes = {12, 6, 6};

// Subtypes 0 and 2 are Hermite (two conditions per packet), 1 Lagrange.
long long window_of(int subtype, int degree) { return subtype == 1 ? degree + 1LL : (degree + 1LL) / 2; }

Status check_count_arrays(int nintvl, std::span<const int> npkts, std::span<const int> subtps,
                          std::span<const int> degres, std::span<const double> ivlbds) {
  if (nintvl < 1) return {};  // SPKW19 reports that itself, after the descriptor checks
  const auto n = static_cast<std::size_t>(nintvl);
  if (npkts.size() >= n && subtps.size() >= n && degres.size() >= n && ivlbds.size() > n) return {};
  return make_error("SPICE(INVALIDSIZE)", "For " + std::to_string(nintvl) +
                                              " intervals the packet count, subtype and degree arrays need " +
                                              std::to_string(nintvl) + " values each and the bounds array " +
                                              std::to_string(nintvl + 1) + ".");
}

Status check_descriptor(const SegmentSpec& spec) {
  if (spec.last < spec.first) {
    return make_error("SPICE(BADDESCRTIMES)", "Segment start time is " + dp(spec.first) + "; stop time is " +
                                                  dp(spec.last) + "; bounds must be in nondecreasing order.");
  }
  SC_TRY(writers::check_frame(spec));
  SC_TRY(writers::check_segid_length(spec.segid));
  return writers::check_segid_printable(spec.segid);
}

Status check_bounds(const SegmentSpec& spec, int nintvl, std::span<const double> ivlbds) {
  if (nintvl < 1) {
    return make_error("SPICE(INVALIDCOUNT)",
                      "Mini-segment/interval count was " + std::to_string(nintvl) + "; this count must be positive.");
  }
  const auto n = static_cast<std::size_t>(nintvl);
  for (std::size_t i = 0; i < n; ++i) {
    if (ivlbds[i] >= ivlbds[i + 1]) {
      return make_error("SPICE(BOUNDSOUTOFORDER)", "Interval bounds at indices " + std::to_string(i + 1) + " and " +
                                                       std::to_string(i + 2) + " are " + dp(ivlbds[i]) + " and " +
                                                       dp(ivlbds[i + 1]) + " respectively. The difference is " +
                                                       dp(ivlbds[i + 1] - ivlbds[i]) +
                                                       ". The bounds are required to be strictly increasing.");
    }
  }
  if (spec.first < ivlbds[0] || spec.last > ivlbds[n]) {
    return make_error("SPICE(COVERAGEGAP)",
                      "First interval start time is " + dp(ivlbds[0]) + "; segment start time is " + dp(spec.first) +
                          "; segment stop time is " + dp(spec.last) + "; last interval stop time is " + dp(ivlbds[n]) +
                          ". This sequence of times is required to be non-decreasing: segment coverage must be "
                          "contained within the union of the interpolation intervals.");
  }
  return {};
}

// Where mini-segment i's packets and epochs start in the caller's arrays.
struct Offsets {
  long long packet = 0;
  long long epoch = 0;
};

Status check_packet_parameters(int i, int npkt, int subtype, int degree) {
  const std::string which = "mini-segment " + std::to_string(i);
  if (npkt < 2) {
    return make_error("SPICE(TOOFEWPACKETS)",
                      "At least 2 packets are required for SPK type 19. Number of packets "
                      "supplied was " +
                          std::to_string(npkt) + " in " + which + ".");
  }
  if (subtype < 0 || subtype > 2) {
    return make_error("SPICE(INVALIDSUBTYPE)",
                      "Unexpected SPK type 19 subtype " + std::to_string(subtype) + " found in " + which + ".");
  }
  if (degree < 1 || degree > kMaxType19Degree) {
    return make_error("SPICE(INVALIDDEGREE)", "The interpolating polynomials of " + which + " have degree " +
                                                  std::to_string(degree) + "; the valid degree range is [1, 27].");
  }
  const long long window = window_of(subtype, degree);
  if (window % 2 != 0) {
    return make_error("SPICE(BADWINDOWSIZE)",
                      "The interpolating polynomials of " + which + " have window size " + std::to_string(window) +
                          " and degree " + std::to_string(degree) + " for SPK type 19. The mini-segment subtype is " +
                          std::to_string(subtype) +
                          ". The degree must be equivalent to 3 mod 4 for subtypes 0 and 2 (Hermite interpolation) "
                          "and be odd for subtype 1 (Lagrange interpolation).");
  }
  return {};
}

Status check_epochs(int i, std::span<const double> epochs, double start, double stop, long long offset) {
  for (std::size_t j = 0; j + 1 < epochs.size(); ++j) {
    if (epochs[j] >= epochs[j + 1]) {
      return make_error("SPICE(TIMESOUTOFORDER)",
                        "In mini-segment " + std::to_string(i) + ", epoch " + dp(epochs[j]) + " having index " +
                            std::to_string(offset + static_cast<long long>(j) + 1) + " in array EPOCHS and index " +
                            std::to_string(j + 1) + " in the mini-segment is greater than or equal to its successor " +
                            dp(epochs[j + 1]) + ".");
    }
  }
  if (epochs.front() > start) {
    return make_error("SPICE(BOUNDSDISAGREE)", "Interpolation interval " + std::to_string(i) + " start time " +
                                                   dp(start) + " precedes mini-segment's first epoch " +
                                                   dp(epochs.front()) + ".");
  }
  if (epochs.back() < stop) {
    return make_error("SPICE(BOUNDSDISAGREE)", "Interpolation interval " + std::to_string(i) + " end time " + dp(stop) +
                                                   " exceeds mini-segment's last epoch " + dp(epochs.back()) + ".");
  }
  return {};
}

// SPKW19's checks of every mini-segment, in its order, with guards on the array sizes.
Status check_minisegments(int nintvl, std::span<const int> npkts, std::span<const int> subtps,
                          std::span<const int> degres, std::span<const double> packts, std::span<const double> epochs,
                          std::span<const double> ivlbds) {
  Offsets at;
  for (int k = 0; k < nintvl; ++k) {
    const auto i = static_cast<std::size_t>(k);
    SC_TRY(check_packet_parameters(k + 1, npkts[i], subtps[i], degres[i]));
    const long long words = npkts[i] * kPacketSizes[static_cast<std::size_t>(subtps[i])];
    SC_TRY(writers::check_size(packts, at.packet + words, "packets"));
    SC_TRY(writers::check_size(epochs, at.epoch + npkts[i], "epochs"));
    const auto own = epochs.subspan(static_cast<std::size_t>(at.epoch), static_cast<std::size_t>(npkts[i]));
    SC_TRY(check_epochs(k + 1, own, ivlbds[i], ivlbds[i + 1], at.epoch));
    at.packet += words;
    at.epoch += npkts[i];
  }
  return {};
}

// Appends the mini-segments to `data`; returns each one's size in words.
std::vector<long long> append_minisegments(std::vector<double>& data, int nintvl, std::span<const int> npkts,
                                           std::span<const int> subtps, std::span<const int> degres,
                                           std::span<const double> packts, std::span<const double> epochs) {
  std::vector<long long> sizes;
  Offsets at;
  for (int k = 0; k < nintvl; ++k) {
    const auto i = static_cast<std::size_t>(k);
    const long long m = npkts[i];
    const long long words = m * kPacketSizes[static_cast<std::size_t>(subtps[i])];
    const auto first = data.size();
    const auto packets = packts.subspan(static_cast<std::size_t>(at.packet), static_cast<std::size_t>(words));
    const auto own = epochs.subspan(static_cast<std::size_t>(at.epoch), static_cast<std::size_t>(m));
    data.insert(data.end(), packets.begin(), packets.end());
    data.insert(data.end(), own.begin(), own.end());
    for (long long j = 1; j <= (m - 1) / kDirectorySpacing; ++j) {
      data.push_back(own[static_cast<std::size_t>(j * kDirectorySpacing - 1)]);
    }
    data.push_back(static_cast<double>(subtps[i]));
    data.push_back(static_cast<double>(window_of(subtps[i], degres[i])));
    data.push_back(static_cast<double>(m));
    sizes.push_back(static_cast<long long>(data.size() - first));
    at.packet += words;
    at.epoch += m;
  }
  return sizes;
}

}  // namespace

Status spkw19(daf::DafWriter& file, const SegmentSpec& spec, int nintvl, std::span<const int> npkts,
              std::span<const int> subtps, std::span<const int> degres, std::span<const double> packts,
              std::span<const double> epochs, std::span<const double> ivlbds, bool sellst) {
  SC_TRY(check_count_arrays(nintvl, npkts, subtps, degres, ivlbds));
  SC_TRY(check_descriptor(spec));
  SC_TRY(check_bounds(spec, nintvl, ivlbds));
  SC_TRY(check_minisegments(nintvl, npkts, subtps, degres, packts, epochs, ivlbds));

  std::vector<double> data;
  const auto sizes = append_minisegments(data, nintvl, npkts, subtps, degres, packts, epochs);
  const auto n = static_cast<std::size_t>(nintvl);
  data.insert(data.end(), ivlbds.begin(), ivlbds.begin() + static_cast<std::ptrdiff_t>(n + 1));
  for (std::size_t i = 1; i <= n / kDirectorySpacing; ++i) data.push_back(ivlbds[i * kDirectorySpacing - 1]);
  // Pointers relative to the word before the segment: the first mini-segment starts at 1; the
  // last pointer is one past the last mini-segment.
  long long pointer = 1;
  for (long long size : sizes) {
    data.push_back(static_cast<double>(pointer));
    pointer += size;
  }
  data.push_back(static_cast<double>(pointer));
  data.push_back(sellst ? 1.0 : -1.0);
  data.push_back(static_cast<double>(nintvl));
  return writers::write_segment(file, spec, 19, data);
}

}  // namespace sc::spk
