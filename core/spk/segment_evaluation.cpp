#include "spk/segment_evaluation.hpp"

#include "errors/number_text.hpp"
#include "math/finite.hpp"
#include "spk/types/type01_modified_difference_arrays.hpp"
#include "spk/types/type02_chebyshev_position.hpp"
#include "spk/types/type03_chebyshev_state.hpp"
#include "spk/types/type05_two_body.hpp"
#include "spk/types/type08_equal_step_lagrange.hpp"
#include "spk/types/type09_unequal_step_lagrange.hpp"
#include "spk/types/type10_two_line_elements.hpp"
#include "spk/types/type12_equal_step_hermite.hpp"
#include "spk/types/type13_unequal_step_hermite.hpp"
#include "spk/types/type14_chebyshev_unequal_step.hpp"
#include "spk/types/type15_precessing_conic.hpp"
#include "spk/types/type17_equinoctial.hpp"
#include "spk/types/type18_packet_interpolation.hpp"
#include "spk/types/type19_piecewise_interpolation.hpp"
#include "spk/types/type20_chebyshev_velocity.hpp"
#include "spk/types/type21_extended_difference_arrays.hpp"

namespace sc::spk {
namespace {

Result<State> evaluate_by_type(const pool::Pool& pool, const daf::SegmentFile& file, const Segment& segment, double et) {
  switch (segment.type) {
    case 1:
      return evaluate_type01(file, segment, et);
    case 2:
      return evaluate_type02(file, segment, et);
    case 3:
      return evaluate_type03(file, segment, et);
    case 5:
      return evaluate_type05(file, segment, et);
    case 8:
      return evaluate_type08(file, segment, et);
    case 9:
      return evaluate_type09(file, segment, et);
    case 10:
      return evaluate_type10(*time::time_kernel(pool), file, segment, et);
    case 12:
      return evaluate_type12(file, segment, et);
    case 13:
      return evaluate_type13(file, segment, et);
    case 14:
      return evaluate_type14(file, segment, et);
    case 15:
      return evaluate_type15(file, segment, et);
    case 17:
      return evaluate_type17(file, segment, et);
    case 18:
      return evaluate_type18(file, segment, et);
    case 19:
      return evaluate_type19(file, segment, et);
    case 20:
      return evaluate_type20(file, segment, et);
    case 21:
      return evaluate_type21(file, segment, et);
    default:
      return make_error("SPICE(SPKTYPENOTSUPP)", "Cannot evaluate " + describe(segment, file.file_name()) +
                                                     ": SPK type " + std::to_string(segment.type) +
                                                     " is not supported by this version of the toolkit.");
  }
}

}  // namespace

Result<State> evaluate_segment(const pool::Pool& pool, const daf::SegmentFile& file, const Segment& segment, double et) {
  SC_TRY_ASSIGN(auto&& state, evaluate_by_type(pool, file, segment, et));
  SC_TRY(require_finite_state(state, file, segment, et));
  return state;
}

Status require_finite_state(const State& state, const daf::SegmentFile& file, const Segment& segment, double et) {
  // Corrupt coefficients (a step of 1e-300, an exponent field flipped) can make any type's
  // arithmetic overflow to infinities or NaN. CSPICE hands those on; spicecraft stops here, naming
  // the segment, because a NaN's sign bit (and so its bits) differs between x86 and WASM and
  // every later step would carry it silently.
  if (!math::all_finite(state)) {
    return make_error("SPICE(INVALIDVALUE)", "Evaluating " + describe(segment, file.file_name()) + " at " +
                                                 epoch_text(et) +
                                                 " gave a state that is not finite: the segment's data are corrupt.");
  }
  return {};
}

Result<State> evaluate_segment(const daf::SegmentFile& file, const Segment& segment, double et) {
  const pool::Pool no_kernels;
  return evaluate_segment(no_kernels, file, segment, et);
}

}  // namespace sc::spk
