// SPK types 9 and 13 (spk.req, "Type 9: Lagrange Interpolation --- Unequal Time Steps", "Type 13:
// Hermite Interpolation --- Unequal Time Steps"): N states, N epochs, a directory of every 100th
// epoch, then the degree (type 9) or the window size - 1 (type 13), and N.
#include <vector>

#include "spk/spk_writer.hpp"
#include "spk/spk_writer_checks.hpp"

namespace sc::spk {
namespace {

constexpr int kDirectorySpacing = 100;

Status check_descriptor_order(const SegmentSpec& spec) {
  using writer::dp;
  if (spec.first < spec.last) return {};
  return make_error("SPICE(BADDESCRTIMES)", "The segment start time " + dp(spec.first) +
                                                " is greater than or equal to the segment end time " + dp(spec.last) +
                                                ".");
}

std::vector<double> segment_data(std::span<const double> states, std::span<const double> epochs, int last_word) {
  const auto n = epochs.size();
  std::vector<double> data(states.begin(), states.begin() + static_cast<std::ptrdiff_t>(6 * n));
  data.insert(data.end(), epochs.begin(), epochs.end());
  for (std::size_t i = 1; i <= (n - 1) / kDirectorySpacing; ++i) data.push_back(epochs[i * kDirectorySpacing - 1]);
  data.push_back(static_cast<double>(last_word));
  data.push_back(static_cast<double>(n));
  return data;
}

Status check_sizes(int n, std::span<const double> states, std::span<const double> epochs) {
  SC_TRY(writer::check_size(states, 6LL * n, "states"));
  return writer::check_size(epochs, n, "epochs");
}

}  // namespace

Status spkw09(daf::DafWriter& file, const SegmentSpec& spec, int degree, int n, std::span<const double> states,
              std::span<const double> epochs) {
  SC_TRY(check_sizes(n, states, epochs));
  // SPKW09 checks the descriptor times before the identifier, and printability before length.
  SC_TRY(writer::check_frame(spec));
  SC_TRY(check_descriptor_order(spec));
  SC_TRY(writer::check_segid_printable(spec.segid));
  SC_TRY(writer::check_segid_length(spec.segid));
  SC_TRY(writer::check_degree(degree, 1));
  if (n <= degree) {
    return make_error("SPICE(TOOFEWSTATES)", "At least " + std::to_string(degree + 1) +
                                                 " states are required to define a polynomial of degree " +
                                                 std::to_string(degree) + ". Number of states supplied: " +
                                                 std::to_string(n) + ".");
  }
  const auto used = epochs.first(static_cast<std::size_t>(n));
  SC_TRY(writer::check_epochs(used, spec.first, spec.last));
  return writer::write_segment(file, spec, 9, segment_data(states, used, degree));
}

Status spkw13(daf::DafWriter& file, const SegmentSpec& spec, int degree, int n, std::span<const double> states,
              std::span<const double> epochs) {
  SC_TRY(check_sizes(n, states, epochs));
  SC_TRY(writer::check_frame(spec));
  SC_TRY(writer::check_segid_length(spec.segid));
  SC_TRY(writer::check_segid_printable(spec.segid));
  SC_TRY(writer::check_degree(degree, 1));
  if (degree % 2 == 0) {
    return make_error("SPICE(INVALIDDEGREE)", "The interpolating polynomials have degree " + std::to_string(degree) +
                                                  "; for SPK type 13, the degree must be odd.");
  }
  const int window = (degree + 1) / 2;
  if (n < window) {
    return make_error("SPICE(TOOFEWSTATES)", "At least " + std::to_string(window) +
                                                 " states are required to define a Hermite polynomial of degree " +
                                                 std::to_string(degree) + ". Number of states supplied: " +
                                                 std::to_string(n) + ".");
  }
  SC_TRY(check_descriptor_order(spec));
  const auto used = epochs.first(static_cast<std::size_t>(n));
  SC_TRY(writer::check_epochs(used, spec.first, spec.last));
  return writer::write_segment(file, spec, 13, segment_data(states, used, window - 1));
}

}  // namespace sc::spk
