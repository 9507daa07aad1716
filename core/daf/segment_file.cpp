#include "daf/segment_file.hpp"

#include <algorithm>
#include <cmath>

#include "errors/number_text.hpp"
#include "errors/quoted.hpp"

namespace sc::daf {

SegmentFile::SegmentFile(DafFile daf) : daf_(std::move(daf)) {
  const auto segments = daf_.arrays();
  for (std::size_t i = segments.size(); i-- > 0;) {
    const ArraySummary& s = segments[i];
    if (s.doubles[0] <= s.doubles[1]) by_key_[segment_key(s)].push_back(static_cast<std::uint32_t>(i));
  }
}

Result<std::shared_ptr<const SegmentFile>> SegmentFile::open(io::Bytes bytes, std::string file_name,
                                                             const SummaryFormat& format) {
  SC_TRY_ASSIGN(auto&& daf, DafFile::open(std::move(bytes), std::move(file_name)));
  const auto& fr = daf.file_record();
  if (fr.nd != format.nd || fr.ni != format.ni) {
    return make_error("SPICE(DAFINVALIDPARAMS)",
                      "The " + std::string(format.file_kind) + " " + quoted(daf.file_name()) +
                          " has summaries of ND = " + std::to_string(fr.nd) + ", NI = " + std::to_string(fr.ni) + "; " +
                          std::string(format.segment_kind) + " segment descriptors have ND = " +
                          std::to_string(format.nd) + ", NI = " + std::to_string(format.ni) + ".");
  }
  // Coverage bounds that are not finite come only from corrupt descriptors (SPICE writes -dpmax()
  // and dpmax() for "always"); CSPICE would search and report them (spkcov [[-Inf, ...]]), with
  // NaN bits that differ between backends. Refused here, naming the segment.
  const auto arrays = daf.arrays();
  for (std::size_t i = 0; i < arrays.size(); ++i) {
    const ArraySummary& a = arrays[i];
    if (!std::isfinite(a.doubles[0]) || !std::isfinite(a.doubles[1])) {
      return make_error("SPICE(INVALIDVALUE)", "The " + std::string(format.file_kind) + " " + quoted(daf.file_name()) +
                                                   " is corrupt: the coverage of its segment " + std::to_string(i + 1) +
                                                   " ('" + a.name + "') runs from " + number_text(a.doubles[0]) +
                                                   " to " + number_text(a.doubles[1]) + ".");
    }
  }
  return std::make_shared<const SegmentFile>(std::move(daf));
}

std::span<const std::uint32_t> SegmentFile::search_order(int key) const {
  auto it = by_key_.find(key);
  if (it == by_key_.end()) return {};
  return it->second;
}

bool SegmentFile::has_key(int key) const {
  const auto segments = daf_.arrays();
  return std::any_of(segments.begin(), segments.end(), [&](const ArraySummary& s) { return segment_key(s) == key; });
}

std::vector<int> SegmentFile::keys() const {
  std::vector<int> ids;
  ids.reserve(daf_.arrays().size());
  for (const auto& s : daf_.arrays()) ids.push_back(segment_key(s));
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

}  // namespace sc::daf
