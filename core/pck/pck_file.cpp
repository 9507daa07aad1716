#include "pck/pck_file.hpp"

#include <algorithm>

#include "daf/daf_layout.hpp"
#include "errors/quoted.hpp"

namespace sc::pck {
namespace {

constexpr int kPckNd = 2;
constexpr int kPckNi = 5;

Segment to_segment(const daf::ArraySummary& a) {
  Segment s;
  s.start_et = a.doubles[0];
  s.end_et = a.doubles[1];
  s.class_id = a.ints[0];
  s.base_frame = a.ints[1];
  s.type = a.ints[2];
  s.begin = a.ints[3];
  s.end = a.ints[4];
  s.name = a.name;
  return s;
}

}  // namespace

PckFile::PckFile(daf::DafFile daf, std::vector<Segment> segments)
    : daf_(std::move(daf)), segments_(std::move(segments)) {
  for (std::size_t i = segments_.size(); i-- > 0;) {
    const Segment& s = segments_[i];
    if (s.start_et <= s.end_et) by_class_[s.class_id].push_back(static_cast<std::uint32_t>(i));
  }
}

Result<std::shared_ptr<const PckFile>> PckFile::open(io::Bytes bytes, std::string file_name) {
  auto daf = daf::DafFile::open(std::move(bytes), std::move(file_name));
  if (!daf) return std::move(daf).error();
  const auto& fr = daf->file_record();
  if (fr.nd != kPckNd || fr.ni != kPckNi) {
    return make_error("SPICE(DAFINVALIDPARAMS)",
                      "The binary PCK " + quoted(daf->file_name()) + " has summaries of ND = " +
                          std::to_string(fr.nd) + ", NI = " + std::to_string(fr.ni) +
                          "; PCK segment descriptors have ND = 2, NI = 5.");
  }
  std::vector<Segment> segments;
  segments.reserve(daf->arrays().size());
  for (const auto& a : daf->arrays()) segments.push_back(to_segment(a));
  return std::make_shared<const PckFile>(std::move(*daf), std::move(segments));
}

std::vector<int> PckFile::class_ids() const {
  std::vector<int> ids;
  ids.reserve(segments_.size());
  for (const auto& s : segments_) ids.push_back(s.class_id);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

std::span<const std::uint32_t> PckFile::search_order(int class_id) const {
  auto it = by_class_.find(class_id);
  if (it == by_class_.end()) return {};
  return it->second;
}

bool PckFile::has_class(int class_id) const {
  return std::any_of(segments_.begin(), segments_.end(), [&](const Segment& s) { return s.class_id == class_id; });
}

}  // namespace sc::pck
