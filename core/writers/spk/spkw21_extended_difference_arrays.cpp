// SPK type 21 (spk.req, "Type 21: Extended Modified Difference Arrays"): N difference lines of
// DLSIZE words as given, their N final epochs, a directory of epochs 100, 200, ... (N / 100 of
// them), then MAXDIM = (DLSIZE - 11) / 4 and N. A line is (spk/records/difference_lines.hpp)
//    TL, G(MAXDIM), x, x', y, y', z, z' at TL, DT(MAXDIM, 3), KQMAX1, KQ(3).
// As in SPKW21, DLSIZE is only bounded (71 .. 111), not required to be 4 * MAXDIM + 11: lines of
// another size are stored with that stride, and a reader then takes them as 4 * MAXDIM + 11 words.
#include <string>
#include <vector>

#include "daf/stored_counts.hpp"
#include "writers/spk/spk_writer.hpp"
#include "writers/spk/spk_writer_checks.hpp"
#include "writers/spk/spkpds_checks.hpp"

namespace sc::spk {
namespace {

using writers::dp;

constexpr int kType = 21;
constexpr int kMaxTerms = 25;                     // spk21.inc's MAXTRM
constexpr int kMaxLineSize = 4 * kMaxTerms + 11;  // 111
constexpr int kMinLineSize = 71;                  // a type 1 line: MAXDIM 15
constexpr std::size_t kDirectorySpacing = 100;

Status check_line_size(int dlsize) {
  if (dlsize > kMaxLineSize) {
    return make_error("SPICE(DIFFLINETOOLARGE)", "The difference line size is " + std::to_string(dlsize) +
                                                     "; the largest this writer supports is " +
                                                     std::to_string(kMaxLineSize) + " (MAXDIM 25).");
  }
  if (dlsize < kMinLineSize) {
    return make_error("SPICE(DIFFLINETOOSMALL)", "The difference line size is " + std::to_string(dlsize) +
                                                     "; the smallest this writer supports is " +
                                                     std::to_string(kMinLineSize) + " (MAXDIM 15).");
  }
  return {};
}

Status check_coverage_end(std::span<const double> epochs, double last) {
  if (epochs.back() >= last) return {};
  return make_error("SPICE(COVERAGEGAP)", "The segment end time " + dp(last) +
                                              " follows the last difference line's final epoch " + dp(epochs.back()) +
                                              ": the segment would have a coverage gap.");
}

// Only the step sizes a line uses may not be zero: G(1) .. G(KQMAX1 - 2), where KQMAX1 (its word
// 4 * MAXDIM + 8, rounded to the nearest integer) is the line's integration order plus 1. SPKW21
// indexes the lines as one column-major array, so a large KQMAX1 reaches past its own line into
// the next ones; the search here stops at the end of the lines, where CSPICE would read past them.
Status check_step_sizes(std::span<const double> lines, std::size_t dlsize, long long maxdim) {
  const std::size_t kqmax1_at = static_cast<std::size_t>(4 * maxdim + 7);
  for (std::size_t base = 0, line = 1; base < lines.size(); base += dlsize, ++line) {
    const long long rest = static_cast<long long>(lines.size() - base);
    const long long kqmax1 = daf::clamped_nint(lines[base + kqmax1_at], 0, rest + 1);  // NaN: 0, no steps checked
    for (long long j = 1; j <= kqmax1 - 2; ++j) {
      if (lines[base + static_cast<std::size_t>(j)] == 0.0) {
        return make_error("SPICE(ZEROSTEP)", "The step size at index " + std::to_string(j) +
                                                 " of the step size vector of difference line " + std::to_string(line) +
                                                 " is zero.");
      }
    }
  }
  return {};
}

std::vector<double> segment_data(std::span<const double> lines, std::span<const double> epochs, long long maxdim) {
  const std::size_t n = epochs.size();
  std::vector<double> data(lines.begin(), lines.end());
  data.reserve(data.size() + n + n / kDirectorySpacing + 2);
  data.insert(data.end(), epochs.begin(), epochs.end());
  for (std::size_t i = kDirectorySpacing; i <= n; i += kDirectorySpacing) data.push_back(epochs[i - 1]);
  data.push_back(static_cast<double>(maxdim));
  data.push_back(static_cast<double>(n));
  return data;
}

}  // namespace

Status spkw21(daf::DafWriter& file, const SegmentSpec& spec, int n, int dlsize, std::span<const double> dlines,
              std::span<const double> epochs) {
  // The size limits come first in SPKW21, and the array guard needs a valid line size.
  SC_TRY(check_line_size(dlsize));
  SC_TRY(writers::check_size(dlines, static_cast<long long>(n) * dlsize, "difference lines"));
  SC_TRY(writers::check_size(epochs, n, "epochs"));
  SC_TRY(writers::check_frame(spec));
  SC_TRY(writers::check_segid_length(spec.segid));
  SC_TRY(writers::check_segid_printable(spec.segid));
  if (n < 1) {
    return make_error("SPICE(INVALIDCOUNT)",
                      "The difference line count is " + std::to_string(n) + "; it must be at least one.");
  }
  if (spec.first > spec.last) {
    return make_error("SPICE(BADDESCRTIMES)", "The segment start time " + dp(spec.first) +
                                                  " is greater than the segment end time " + dp(spec.last) + ".");
  }
  const auto used = epochs.first(static_cast<std::size_t>(n));
  SC_TRY(writers::check_epoch_order(used));
  SC_TRY(check_coverage_end(used, spec.last));
  const long long maxdim = (dlsize - 11) / 4;
  const auto lines = dlines.first(static_cast<std::size_t>(n) * static_cast<std::size_t>(dlsize));
  SC_TRY(check_step_sizes(lines, static_cast<std::size_t>(dlsize), maxdim));
  // SPKW21 builds its descriptor with SPKPDS, whose checks follow its own (body 0, body == center,
  // and first == last, which the check above lets through).
  SC_TRY(writers::check_descriptor_spkpds(spec));
  return writers::write_segment(file, spec, kType, segment_data(lines, used, maxdim));
}

}  // namespace sc::spk
