// SPKPVN on a segment picked by its index in a file (see segment_state.hpp).
#include "inventory/segment_state.hpp"

#include <string>

#include "inventory/kernel_files.hpp"
#include "spk/segment.hpp"
#include "spk/segment_evaluation.hpp"

namespace sc::inventory {

Result<SegmentState> spkpvn(const kernels::KernelRegistry& kernels, std::string_view file, int index, double et) {
  SC_TRY_ASSIGN(auto&& opened, open_segment_file(kernels, file, kernels::kSpk));
  const auto segments = opened->segments();
  if (index < 0 || static_cast<std::size_t>(index) >= segments.size()) {
    return make_error("SPICE(INDEXOUTOFRANGE)", "Segment index " + std::to_string(index) + " is out of range: '" +
                                                    std::string(file) + "' has " + std::to_string(segments.size()) +
                                                    " segments (indices from 0).");
  }
  const spk::Segment segment = spk::Segment::from_summary(segments[static_cast<std::size_t>(index)]);
  SC_TRY_ASSIGN(auto&& state, spk::evaluate_segment(*opened, segment, et));
  return SegmentState{segment.frame, state, segment.center};
}

}  // namespace sc::inventory
