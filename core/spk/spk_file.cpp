#include "spk/spk_file.hpp"

#include "daf/daf_layout.hpp"
#include "errors/quoted.hpp"

namespace sc::spk {
namespace {

constexpr int kSpkNd = 2;
constexpr int kSpkNi = 6;

Segment to_segment(const daf::ArraySummary& a) {
  Segment s;
  s.start_et = a.doubles[0];
  s.end_et = a.doubles[1];
  s.target = a.ints[0];
  s.center = a.ints[1];
  s.frame = a.ints[2];
  s.type = a.ints[3];
  s.begin = a.ints[4];
  s.end = a.ints[5];
  s.name = a.name;
  return s;
}

}  // namespace

SpkFile::SpkFile(daf::DafFile daf, std::vector<Segment> segments)
    : daf_(std::move(daf)), segments_(std::move(segments)) {
  for (std::size_t i = segments_.size(); i-- > 0;) {
    const Segment& s = segments_[i];
    if (s.start_et <= s.end_et) by_target_[s.target].push_back(static_cast<std::uint32_t>(i));
  }
}

Result<std::shared_ptr<const SpkFile>> SpkFile::open(io::Bytes bytes, std::string file_name) {
  auto daf = daf::DafFile::open(std::move(bytes), std::move(file_name));
  if (!daf) return std::move(daf).error();
  const auto& fr = daf->file_record();
  if (fr.nd != kSpkNd || fr.ni != kSpkNi) {
    return make_error("SPICE(DAFINVALIDPARAMS)",
                      "The SPK " + quoted(daf->file_name()) + " has summaries of ND = " + std::to_string(fr.nd) +
                          ", NI = " + std::to_string(fr.ni) + "; SPK segment descriptors have ND = 2, NI = 6.");
  }
  std::vector<Segment> segments;
  segments.reserve(daf->arrays().size());
  for (const auto& a : daf->arrays()) segments.push_back(to_segment(a));
  return std::make_shared<const SpkFile>(std::move(*daf), std::move(segments));
}

std::span<const std::uint32_t> SpkFile::search_order(int target) const {
  auto it = by_target_.find(target);
  if (it == by_target_.end()) return {};
  return it->second;
}

}  // namespace sc::spk
