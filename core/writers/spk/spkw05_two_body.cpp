// SPK type 5 (spk.req, "Type 5: Discrete states (two body propagation)"): N states, N epochs, a
// directory of epochs 100, 200, ... (every 100th epoch up to N, so N / 100 of them: unlike types 9
// and 13, an N that is a multiple of 100 puts its last epoch in the directory too), then GM and N.
// SPKW05 packs the descriptor itself instead of calling SPKPDS, so body 0, body == center and
// first == last all pass, and it does not compare the epochs with [first, last].
#include <string>
#include <vector>

#include "writers/spk/spk_writer.hpp"
#include "writers/spk/spk_writer_checks.hpp"

namespace sc::spk {
namespace {

using writers::dp;

constexpr int kType = 5;
constexpr std::size_t kDirectorySpacing = 100;

// SPKW05 compares each epoch with the one before it and names the code UNORDEREDTIMES (the
// unequal-step writers say TIMESOUTOFORDER).
Status check_increasing(std::span<const double> epochs) {
  for (std::size_t i = 1; i < epochs.size(); ++i) {
    if (epochs[i] <= epochs[i - 1]) {
      return make_error("SPICE(UNORDEREDTIMES)", "Epoch " + dp(epochs[i]) + " (index " + std::to_string(i + 1) +
                                                     ") is out of order: it is not greater than the epoch before it, " +
                                                     dp(epochs[i - 1]) + ".");
    }
  }
  return {};
}

std::vector<double> segment_data(std::span<const double> states, std::span<const double> epochs, double gm) {
  const std::size_t n = epochs.size();
  std::vector<double> data(states.begin(), states.end());
  data.reserve(data.size() + n + n / kDirectorySpacing + 2);
  data.insert(data.end(), epochs.begin(), epochs.end());
  for (std::size_t i = kDirectorySpacing; i <= n; i += kDirectorySpacing) data.push_back(epochs[i - 1]);
  data.push_back(gm);
  data.push_back(static_cast<double>(n));
  return data;
}

}  // namespace

Status spkw05(daf::DafWriter& file, const SegmentSpec& spec, double gm, int n, std::span<const double> states,
              std::span<const double> epochs) {
  SC_TRY(writers::check_size(states, 6LL * n, "states"));
  SC_TRY(writers::check_size(epochs, n, "epochs"));
  if (gm <= 0.0) {
    return make_error("SPICE(NONPOSITIVEMASS)",
                      "The gravitational parameter GM is " + dp(gm) + "; it must be positive.");
  }
  SC_TRY(writers::check_frame(spec));
  if (n <= 0) {
    return make_error("SPICE(NUMSTATESNOTPOS)",
                      "The number of states and epochs is " + std::to_string(n) + "; it must be positive.");
  }
  const auto used = epochs.first(static_cast<std::size_t>(n));
  SC_TRY(check_increasing(used));
  if (spec.first > spec.last) {
    return make_error("SPICE(BADDESCRTIMES)", "The segment start time " + dp(spec.first) +
                                                  " is greater than the segment end time " + dp(spec.last) + ".");
  }
  // As SPKW09 does (and SPKW13 does not): printability before length.
  SC_TRY(writers::check_segid_printable(spec.segid));
  SC_TRY(writers::check_segid_length(spec.segid));
  const auto words = states.first(6 * static_cast<std::size_t>(n));
  return writers::write_segment(file, spec, kType, segment_data(words, used, gm));
}

}  // namespace sc::spk
