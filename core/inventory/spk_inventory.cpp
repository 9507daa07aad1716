#include "inventory/spk_inventory.hpp"

#include "inventory/segment_inventory.hpp"
#include "kernels/segment_search.hpp"

namespace sc::inventory {

Result<Window> spkcov(const kernels::KernelRegistry& kernels, std::string_view file, int idcode, Window cover) {
  return segment_coverage(kernels, file, kernels::kSpk, idcode, std::move(cover));
}

Result<std::vector<int>> spkobj(const kernels::KernelRegistry& kernels, std::string_view file, std::vector<int> ids) {
  return segment_keys(kernels, file, kernels::kSpk, std::move(ids));
}

Result<std::optional<SegmentLookup>> spksfs(const kernels::KernelRegistry& kernels, int body, double et) {
  if (!kernels::any_loaded(kernels, kernels::kSpk)) {
    return make_error("SPICE(NOLOADEDFILES)", "At least one SPK file needs to be loaded by FURNSH before "
                                              "beginning a search.");
  }
  const auto found = kernels::find_segment(kernels, kernels::kSpk, body, et);
  if (!found) return std::optional<SegmentLookup>{};
  return std::optional<SegmentLookup>{
      SegmentLookup{found->kernel->info.file, found->kernel->info.handle, spk::Segment::from_summary(*found->summary)}};
}

}  // namespace sc::inventory
