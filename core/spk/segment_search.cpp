#include "spk/segment_search.hpp"

namespace sc::spk {

std::optional<FoundSegment> find_segment(const kernels::KernelRegistry& kernels, int body, double et) {
  const auto& loaded = kernels.loaded();  // oldest first
  for (auto k = loaded.rbegin(); k != loaded.rend(); ++k) {
    if (!k->spk) continue;
    const SpkFile& file = *k->spk;
    const auto segments = file.segments();
    for (std::uint32_t i : file.search_order(body)) {
      if (segments[i].covers(et)) return FoundSegment{&file, &segments[i]};
    }
  }
  return std::nullopt;
}

}  // namespace sc::spk
