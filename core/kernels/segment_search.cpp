#include "kernels/segment_search.hpp"

namespace sc::kernels {
namespace {

FoundSegment found_at(const KernelRegistry& kernels, const SegmentIndex::Entry& e) {
  const LoadedKernel& k = kernels.loaded()[e.file];
  const daf::SegmentFile& file = *k.segments;
  return FoundSegment{&k, &file, &file.segments()[e.segment]};
}

}  // namespace

// Each walks the registry's segment index from the back: CSPICE's order, at a cost independent of
// how many unrelated files are loaded.
std::optional<FoundSegment> find_segment(const KernelRegistry& kernels, const SegmentKind& kind, int key, double et) {
  return find_segment(kernels, kernels.segment_index().entries(kind, key), et);
}

std::optional<FoundSegment> find_segment(const KernelRegistry& kernels, std::span<const SegmentIndex::Entry> entries,
                                         double et) {
  for (auto e = entries.rbegin(); e != entries.rend(); ++e) {
    const LoadedKernel& k = kernels.loaded()[e->file];
    if (daf::segment_covers(k.segments->segments()[e->segment], et)) return found_at(kernels, *e);
  }
  return std::nullopt;
}

std::vector<FoundSegment> segments_in_search_order(const KernelRegistry& kernels, const SegmentKind& kind, int key) {
  const auto entries = kernels.segment_index().entries(kind, key);
  std::vector<FoundSegment> out;
  out.reserve(entries.size());
  for (auto e = entries.rbegin(); e != entries.rend(); ++e) out.push_back(found_at(kernels, *e));
  return out;
}

bool has_segments(const KernelRegistry& kernels, const SegmentKind& kind, int key) {
  return kernels.segment_index().has_key(kind, key);
}

bool any_loaded(const KernelRegistry& kernels, const SegmentKind& kind) { return kernels.segment_index().files(kind) > 0; }

}  // namespace sc::kernels
