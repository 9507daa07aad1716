// SPK types 9 and 13 (spk.req, "Type 9: Lagrange Interpolation --- Unequal Time Steps", "Type 13:
// Hermite Interpolation --- Unequal Time Steps"): N states, N epochs, a directory of every 100th
// epoch, then the degree (type 9) or the window size - 1 (type 13), and N.
#include "writers/spk/unequal_step_segment_writer.hpp"

#include "writers/spk/spk_writer_checks.hpp"

namespace sc::writers {

namespace {

constexpr int kDirectorySpacing = 100;

}  // namespace

Status check_unequal_step_descriptor_order(const spk::SegmentSpec& spec) {
  if (spec.first < spec.last) return {};
  return make_error("SPICE(BADDESCRTIMES)", "The segment start time " + dp(spec.first) +
                                                " is greater than or equal to the segment end time " + dp(spec.last) +
                                                ".");
}

std::vector<double> unequal_step_data(std::span<const double> states, std::span<const double> epochs, int last_word) {
  const auto n = epochs.size();
  std::vector<double> data(states.begin(), states.begin() + static_cast<std::ptrdiff_t>(6 * n));
  data.insert(data.end(), epochs.begin(), epochs.end());
  for (std::size_t i = 1; i <= (n - 1) / kDirectorySpacing; ++i) data.push_back(epochs[i * kDirectorySpacing - 1]);
  data.push_back(static_cast<double>(last_word));
  data.push_back(static_cast<double>(n));
  return data;
}

Status check_unequal_step_sizes(int n, std::span<const double> states, std::span<const double> epochs) {
  SC_TRY(check_size(states, 6LL * n, "states"));
  return check_size(epochs, n, "epochs");
}

}  // namespace sc::writers
