// SPK type 20 (spk.req, "Type 20: Chebyshev (velocity only)"): N records of 3 (POLYDG + 2) words
// (for x, y, z: the velocity coefficients, then the position at the record's midpoint), then
// DSCALE, TSCALE, INITJD, INITFR, INTLEN, RSIZE, N.
#include <vector>

#include "writers/spk/spk_writer.hpp"
#include "writers/spk/spk_writer_checks.hpp"

namespace sc::spk {
namespace {

using writers::dp;

constexpr int kMaxType20Degree = 50;  // spk20.inc's MAXDEG

Status check_scales(double dscale, double tscale) {
  if (dscale <= 0.0) {
    return make_error("SPICE(NONPOSITIVESCALE)", "The distance scale is not positive. DSCALE = " + dp(dscale) + ".");
  }
  if (tscale <= 0.0) {
    return make_error("SPICE(NONPOSITIVESCALE)", "The time scale is not positive. TSCALE = " + dp(tscale) + ".");
  }
  return {};
}

}  // namespace

Status spkw20(daf::DafWriter& file, const SegmentSpec& spec, double intlen, int n, int polydg,
              std::span<const double> cdata, double dscale, double tscale, double initjd, double initfr) {
  if (n <= 0) {
    return make_error("SPICE(INVALIDCOUNT)",
                      "The number of sets of coordinate coefficients is not positive. N = " + std::to_string(n) + ".");
  }
  if (polydg < 0 || polydg > kMaxType20Degree) {
    return make_error("SPICE(INVALIDDEGREE)", "The interpolating polynomials have degree " + std::to_string(polydg) +
                                                  "; the valid degree range is [0, 50].");
  }
  const long long ninrec = (polydg + 2LL) * 3;
  SC_TRY(writers::check_size(cdata, n * ninrec, "coefficient"));
  if (intlen <= 0.0) {
    return make_error("SPICE(INTLENNOTPOS)", "The interval length is not positive: " + dp(intlen) + " days.");
  }
  SC_TRY(writers::check_frame(spec));
  if (spec.first > spec.last) {
    return make_error("SPICE(BADDESCRTIMES)", "The segment start time " + dp(spec.first) +
                                                  " (TDB seconds past J2000) is greater than the segment end time " +
                                                  dp(spec.last) + ".");
  }
  SC_TRY(check_scales(dscale, tscale));
  SC_TRY(writers::check_record_coverage(spec.first, spec.last, intlen, n, initjd, initfr));
  SC_TRY(writers::check_id_string(spec.segid));

  std::vector<double> data(cdata.begin(), cdata.begin() + static_cast<std::ptrdiff_t>(n * ninrec));
  for (double word : {dscale, tscale, initjd, initfr, intlen, static_cast<double>(ninrec), static_cast<double>(n)}) {
    data.push_back(word);
  }
  return writers::write_segment(file, spec, 20, data);
}

}  // namespace sc::spk
