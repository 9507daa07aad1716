#include "pck/pck_api.hpp"

#include "kernels/segment_search.hpp"
#include "pck/segment_evaluation.hpp"

namespace sc::pck {

Result<std::optional<Orientation>> orientation(const kernels::KernelRegistry& kernels, int class_id, double et) {
  const auto found = kernels::find_segment(kernels, kernels::kPck, class_id, et);
  if (!found) return std::optional<Orientation>{};
  const Segment segment = Segment::from_summary(*found->summary);
  SC_TRY_ASSIGN(auto&& xform, evaluate_segment(*found->file, segment, et));
  return std::optional<Orientation>{Orientation{xform, segment.base_frame}};
}

bool has_segments(const kernels::KernelRegistry& kernels, int class_id) {
  return kernels::has_segments(kernels, kernels::kPck, class_id);
}

}  // namespace sc::pck
