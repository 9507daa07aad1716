#include "spk/segment_evaluation.hpp"

#include "spk/type02_chebyshev_position.hpp"
#include "spk/type03_chebyshev_state.hpp"

namespace sc::spk {

Result<State> evaluate_segment(const SpkFile& file, const Segment& segment, double et) {
  switch (segment.type) {
    case 2:
      return evaluate_type02(file, segment, et);
    case 3:
      return evaluate_type03(file, segment, et);
    default:
      return make_error("SPICE(SPKTYPENOTSUPP)", "Cannot evaluate " + describe(segment, file.file_name()) +
                                                     ": SPK type " + std::to_string(segment.type) +
                                                     " is not supported by this version of the toolkit.");
  }
}

}  // namespace sc::spk
