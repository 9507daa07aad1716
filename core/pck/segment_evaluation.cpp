#include "pck/segment_evaluation.hpp"

#include "pck/type02_chebyshev_angles.hpp"
#include "pck/type03_chebyshev_angles_rates.hpp"
#include "pck/type20_chebyshev_angle_rates.hpp"

namespace sc::pck {

Result<math::Mat6> evaluate_segment(const daf::SegmentFile& file, const Segment& segment, double et) {
  switch (segment.type) {
    case 2:
      return evaluate_type02(file, segment, et);
    case 3:
      return evaluate_type03(file, segment, et);
    case 20:
      return evaluate_type20(file, segment, et);
    default:
      return make_error("SPICE(PCKTYPENOTSUPP)", "Cannot evaluate " + describe(segment, file.file_name()) +
                                                     ": binary PCK type " + std::to_string(segment.type) +
                                                     " is not supported by this version of the toolkit.");
  }
}

}  // namespace sc::pck
