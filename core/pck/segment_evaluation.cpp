#include "pck/segment_evaluation.hpp"

#include "errors/number_text.hpp"
#include "math/finite.hpp"
#include "pck/type02_chebyshev_angles.hpp"
#include "pck/type03_chebyshev_angles_rates.hpp"
#include "pck/type20_chebyshev_angle_rates.hpp"

namespace sc::pck {
namespace {

Result<math::Mat6> evaluate_by_type(const daf::SegmentFile& file, const Segment& segment, double et) {
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

}  // namespace

Result<math::Mat6> evaluate_segment(const daf::SegmentFile& file, const Segment& segment, double et) {
  SC_TRY_ASSIGN(auto&& xform, evaluate_by_type(file, segment, et));
  // As for SPK states and CK pointing (spk/segment_evaluation.cpp, ck/segment_evaluation.cpp):
  // corrupt coefficients (an exponent flipped, a radius of 1e-300) overflow to infinities or NaN,
  // which CSPICE's PCKMAT returns and whose NaN bits differ between x86 and WASM. Refused here,
  // naming the file, segment and epoch.
  if (!math::all_finite(xform)) {
    return make_error("SPICE(INVALIDVALUE)", "Evaluating " + describe(segment, file.file_name()) + " at " +
                                                 epoch_text(et) +
                                                 " gave a state transformation that is not finite: the segment's "
                                                 "data are corrupt.");
  }
  return xform;
}

}  // namespace sc::pck
