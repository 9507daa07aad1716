#include "ck/segment_evaluation.hpp"

#include "ck/types/type01_discrete_pointing.hpp"
#include "ck/types/type02_constant_rate.hpp"
#include "ck/types/type03_linear_interpolation.hpp"
#include "ck/types/type04_chebyshev.hpp"
#include "ck/types/type05_interpolated_quaternions.hpp"
#include "ck/types/type06_mini_segments.hpp"

namespace sc::ck {

Result<std::optional<Pointing>> evaluate_segment(const daf::SegmentFile& file, const Segment& segment, double sclkdp,
                                                 double tol, bool needav) {
  switch (segment.type) {
    case 1:
      return evaluate_type01(file, segment, sclkdp, tol, needav);
    case 2:
      return evaluate_type02(file, segment, sclkdp, tol, needav);
    case 3:
      return evaluate_type03(file, segment, sclkdp, tol, needav);
    case 4:
      return evaluate_type04(file, segment, sclkdp, tol, needav);
    case 5:
      return evaluate_type05(file, segment, sclkdp, tol, needav);
    case 6:
      return evaluate_type06(file, segment, sclkdp, tol, needav);
    default:
      return segment_error(file, segment, "SPICE(CKUNKNOWNDATATYPE)",
                           "The data type " + std::to_string(segment.type) + " is not currently supported.");
  }
}

}  // namespace sc::ck
