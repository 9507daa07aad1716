#include "pck/pck_api.hpp"

#include "pck/segment_evaluation.hpp"
#include "pck/segment_search.hpp"

namespace sc::pck {

Result<std::optional<Orientation>> orientation(const kernels::KernelRegistry& kernels, int class_id, double et) {
  const auto found = find_segment(kernels, class_id, et);
  if (!found) return std::optional<Orientation>{};
  auto xform = evaluate_segment(*found->file, *found->segment, et);
  if (!xform) return std::move(xform).error();
  return std::optional<Orientation>{Orientation{*xform, found->segment->base_frame}};
}

bool has_segments(const kernels::KernelRegistry& kernels, int class_id) {
  for (const auto& k : kernels.loaded()) {
    if (k.pck && k.pck->has_class(class_id)) return true;
  }
  return false;
}

}  // namespace sc::pck
