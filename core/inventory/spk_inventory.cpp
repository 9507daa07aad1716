#include "inventory/spk_inventory.hpp"

#include <algorithm>

#include "inventory/kernel_files.hpp"
#include "spk/segment_search.hpp"

namespace sc::inventory {

Result<Window> spkcov(const kernels::KernelRegistry& kernels, std::string_view file, int idcode, Window cover) {
  auto spk = open_spk(kernels, file);
  if (!spk) return std::move(spk).error();
  for (const auto& segment : (*spk)->segments()) {  // file order, as SPKCOV reads the summaries
    if (segment.target != idcode) continue;
    SC_TRY(insert_interval(cover, segment.start_et, segment.end_et));
  }
  return cover;
}

Result<std::vector<int>> spkobj(const kernels::KernelRegistry& kernels, std::string_view file, std::vector<int> ids) {
  auto spk = open_spk(kernels, file);
  if (!spk) return std::move(spk).error();
  for (const auto& segment : (*spk)->segments()) ids.push_back(segment.target);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

Result<std::optional<SegmentLookup>> spksfs(const kernels::KernelRegistry& kernels, int body, double et) {
  const auto& loaded = kernels.loaded();
  if (std::none_of(loaded.begin(), loaded.end(), [](const auto& k) { return k.spk != nullptr; })) {
    return make_error("SPICE(NOLOADEDFILES)", "At least one SPK file needs to be loaded by FURNSH before "
                                              "beginning a search.");
  }
  const auto found = spk::find_segment(kernels, body, et);
  if (!found) return std::optional<SegmentLookup>{};
  for (const auto& k : loaded) {
    if (k.spk.get() == found->file) {
      return std::optional<SegmentLookup>{SegmentLookup{k.info.file, k.info.handle, *found->segment}};
    }
  }
  return std::optional<SegmentLookup>{};  // unreachable: find_segment only returns loaded files
}

}  // namespace sc::inventory
