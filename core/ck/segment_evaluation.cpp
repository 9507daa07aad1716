#include "ck/segment_evaluation.hpp"

#include "ck/types/type01_discrete_pointing.hpp"
#include "ck/types/type02_constant_rate.hpp"
#include "ck/types/type03_linear_interpolation.hpp"
#include "ck/types/type04_chebyshev.hpp"
#include "ck/types/type05_interpolated_quaternions.hpp"
#include "ck/types/type06_mini_segments.hpp"
#include "errors/number_text.hpp"
#include "math/finite.hpp"

namespace sc::ck {
namespace {

Result<std::optional<Pointing>> evaluate_by_type(const daf::SegmentFile& file, const Segment& segment, double sclkdp,
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

bool finite(const Pointing& p) {
  return math::all_finite(p.cmat) && math::all_finite(p.av) && math::all_finite(p.clkout);
}

}  // namespace

Result<std::optional<Pointing>> evaluate_segment(const daf::SegmentFile& file, const Segment& segment, double sclkdp,
                                                 double tol, bool needav) {
  SC_TRY_ASSIGN(auto&& pointing, evaluate_by_type(file, segment, sclkdp, tol, needav));
  // As for SPK states (spk/segment_evaluation.cpp): corrupt data whose arithmetic overflows give
  // NaN or infinities, which CSPICE returns and whose bits differ between backends.
  if (pointing && !finite(*pointing)) {
    return segment_error(file, segment, "SPICE(INVALIDVALUE)",
                         "at encoded SCLK " + number_text(sclkdp) +
                             " it gives a pointing that is not finite: the segment's data are corrupt.");
  }
  return std::move(pointing);
}

}  // namespace sc::ck
