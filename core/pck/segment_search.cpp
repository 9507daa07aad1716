#include "pck/segment_search.hpp"

namespace sc::pck {

std::optional<FoundSegment> find_segment(const kernels::KernelRegistry& kernels, int class_id, double et) {
  const auto& loaded = kernels.loaded();  // oldest first
  for (auto k = loaded.rbegin(); k != loaded.rend(); ++k) {
    if (!k->pck) continue;
    const PckFile& file = *k->pck;
    const auto segments = file.segments();
    for (std::uint32_t i : file.search_order(class_id)) {
      if (segments[i].covers(et)) return FoundSegment{&file, &segments[i]};
    }
  }
  return std::nullopt;
}

}  // namespace sc::pck
