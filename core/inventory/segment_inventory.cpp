#include "inventory/segment_inventory.hpp"

#include <algorithm>

#include "inventory/kernel_files.hpp"

namespace sc::inventory {

Result<Window> segment_coverage(const kernels::KernelRegistry& kernels, std::string_view file,
                                const kernels::SegmentKind& kind, int key, Window cover) {
  SC_TRY_ASSIGN(auto&& segment_file, open_segment_file(kernels, file, kind));
  for (const auto& segment : segment_file->segments()) {  // file order
    if (daf::segment_key(segment) != key) continue;
    SC_TRY(insert_interval(cover, segment.doubles[0], segment.doubles[1]));
  }
  return cover;
}

Result<std::vector<int>> segment_keys(const kernels::KernelRegistry& kernels, std::string_view file,
                                      const kernels::SegmentKind& kind, std::vector<int> ids) {
  SC_TRY_ASSIGN(auto&& segment_file, open_segment_file(kernels, file, kind));
  const auto file_keys = segment_file->keys();  // sorted, distinct
  ids.insert(ids.end(), file_keys.begin(), file_keys.end());
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

}  // namespace sc::inventory
