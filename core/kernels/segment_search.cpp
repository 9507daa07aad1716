#include "kernels/segment_search.hpp"

namespace sc::kernels {
namespace {

bool holds(const LoadedKernel& k, const SegmentKind& kind) { return k.segments && k.info.filtyp == kind.type; }

}  // namespace

std::optional<FoundSegment> find_segment(const KernelRegistry& kernels, const SegmentKind& kind, int key, double et) {
  const auto& loaded = kernels.loaded();  // oldest first
  for (auto k = loaded.rbegin(); k != loaded.rend(); ++k) {
    if (!holds(*k, kind)) continue;
    const daf::SegmentFile& file = *k->segments;
    const auto segments = file.segments();
    for (std::uint32_t i : file.search_order(key)) {
      if (daf::segment_covers(segments[i], et)) return FoundSegment{&*k, &file, &segments[i]};
    }
  }
  return std::nullopt;
}

std::vector<FoundSegment> segments_in_search_order(const KernelRegistry& kernels, const SegmentKind& kind, int key) {
  std::vector<FoundSegment> out;
  const auto& loaded = kernels.loaded();
  for (auto k = loaded.rbegin(); k != loaded.rend(); ++k) {
    if (!holds(*k, kind)) continue;
    const daf::SegmentFile& file = *k->segments;
    const auto segments = file.segments();
    for (std::uint32_t i : file.search_order(key)) out.push_back(FoundSegment{&*k, &file, &segments[i]});
  }
  return out;
}

bool has_segments(const KernelRegistry& kernels, const SegmentKind& kind, int key) {
  for (const auto& k : kernels.loaded()) {
    if (holds(k, kind) && k.segments->has_key(key)) return true;
  }
  return false;
}

bool any_loaded(const KernelRegistry& kernels, const SegmentKind& kind) {
  for (const auto& k : kernels.loaded()) {
    if (holds(k, kind)) return true;
  }
  return false;
}

}  // namespace sc::kernels
