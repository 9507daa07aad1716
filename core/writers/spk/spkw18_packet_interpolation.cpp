// SPK type 18 (spk.req, "Type 18: ESOC/DDID Hermite/Lagrange Interpolation"): N packets, N
// epochs, a directory of every 100th epoch, then the subtype, the window size and N.
#include <vector>

#include "writers/spk/spk_writer.hpp"
#include "writers/spk/spk_writer_checks.hpp"

namespace sc::spk {
namespace {

constexpr int kDirectorySpacing = 100;
constexpr int kMaxType18Degree = 15;  // SPKW18's MAXDEG in N0067 (the reader's windows end there too)

Result<int> packet_size_of(int subtype) {
  if (subtype == 0) return 12;
  if (subtype == 1) return 6;
  return make_error("SPICE(INVALIDVALUE)", "Unexpected SPK type 18 subtype requested: " + std::to_string(subtype) +
                                               " (0 is Hermite with 12-element packets, 1 Lagrange with 6-element "
                                               "packets).");
}

Status check_degree_and_window(int degree, long long window) {
  if (degree < 1 || degree > kMaxType18Degree) {
    return make_error("SPICE(INVALIDDEGREE)", "The interpolating polynomials have degree " + std::to_string(degree) +
                                                  "; the valid degree range is [1, 15].");
  }
  if (window % 2 != 0) {
    return make_error("SPICE(INVALIDDEGREE)", "The interpolating polynomials have degree " + std::to_string(degree) +
                                                  "; for SPK type 18, the degree must be equivalent to 3 mod 4 for "
                                                  "Hermite interpolation and odd for Lagrange interpolation.");
  }
  return {};
}

std::vector<double> segment_data(std::span<const double> packets, std::span<const double> epochs, int subtype,
                                 long long window) {
  const auto n = epochs.size();
  std::vector<double> data(packets.begin(), packets.end());
  data.insert(data.end(), epochs.begin(), epochs.end());
  for (std::size_t i = 1; i <= (n - 1) / kDirectorySpacing; ++i) data.push_back(epochs[i * kDirectorySpacing - 1]);
  data.push_back(static_cast<double>(subtype));
  data.push_back(static_cast<double>(window));
  data.push_back(static_cast<double>(n));
  return data;
}

}  // namespace

Status spkw18(daf::DafWriter& file, const SegmentSpec& spec, int subtype, int degree, int n,
              std::span<const double> packets, std::span<const double> epochs) {
  SC_TRY_ASSIGN(auto&& size, packet_size_of(subtype));
  SC_TRY(writers::check_size(packets, static_cast<long long>(size) * n, "packets"));
  SC_TRY(writers::check_size(epochs, n, "epochs"));
  // SPKW18's order: subtype, frame, identifier length and characters, degree, window parity,
  // packet count, descriptor times, epochs.
  const long long window = subtype == 0 ? (degree + 1LL) / 2 : degree + 1LL;
  SC_TRY(writers::check_frame(spec));
  SC_TRY(writers::check_segid_length(spec.segid));
  SC_TRY(writers::check_segid_printable(spec.segid));
  SC_TRY(check_degree_and_window(degree, window));
  if (n < 2) {
    return make_error("SPICE(TOOFEWSTATES)",
                      "At least 2 packets are required for SPK type 18. Number of packets "
                      "supplied: " +
                          std::to_string(n) + ".");
  }
  if (spec.first > spec.last) {
    return make_error("SPICE(BADDESCRTIMES)", "The segment start time " + writers::dp(spec.first) +
                                                  " is greater than the segment end time " + writers::dp(spec.last) +
                                                  ".");
  }
  const auto used = epochs.first(static_cast<std::size_t>(n));
  SC_TRY(writers::check_epochs(used, spec.first, spec.last));
  const auto words = packets.first(static_cast<std::size_t>(size) * static_cast<std::size_t>(n));
  return writers::write_segment(file, spec, 18, segment_data(words, used, subtype, window));
}

}  // namespace sc::spk
