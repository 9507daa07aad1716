// SPK type 20 (spk.req, "Type 20: Chebyshev (velocity only)"): N records of 3 (POLYDG + 2) words
// (for x, y, z: the velocity coefficients, then the position at the record's midpoint), then
// DSCALE, TSCALE, INITJD, INITFR, INTLEN, RSIZE, N.
#include <cmath>
#include <vector>

#include "spk/spk_writer.hpp"
#include "spk/spk_writer_checks.hpp"

namespace sc::spk {
namespace {

using writer::dp;

constexpr int kMaxType20Degree = 50;  // spk20.inc's MAXDEG
constexpr double kJ2000 = 2451545.0;
constexpr double kSecondsPerDay = 86400.0;

Status check_scales(double dscale, double tscale) {
  if (dscale <= 0.0) {
    return make_error("SPICE(NONPOSITIVESCALE)", "The distance scale is not positive. DSCALE = " + dp(dscale) + ".");
  }
  if (tscale <= 0.0) {
    return make_error("SPICE(NONPOSITIVESCALE)", "The time scale is not positive. TSCALE = " + dp(tscale) + ".");
  }
  return {};
}

// SPKW20's coverage test: unlike types 2 and 3 its tolerance scales with the records' span.
Status check_record_coverage(const SegmentSpec& spec, double intlen, int n, double initjd, double initfr) {
  const double btime = kSecondsPerDay * (initjd - kJ2000 + initfr);
  const double ltime = btime + n * intlen * kSecondsPerDay;
  const double tol = std::fmax(std::fabs(btime), std::fabs(ltime)) * writer::kCoverageTolerance;
  if (spec.first < btime - tol) {
    return make_error("SPICE(COVERAGEGAP)", "The segment descriptor start time " + dp(spec.first) +
                                                " is too much less than the beginning time of the segment data " +
                                                dp(btime) + " (TDB seconds past J2000). The difference is " +
                                                dp(btime - spec.first) + " seconds; the tolerance is " + dp(tol) +
                                                " seconds.");
  }
  if (spec.last > ltime + tol) {
    return make_error("SPICE(COVERAGEGAP)", "The segment descriptor end time " + dp(spec.last) +
                                                " is too much greater than the end time of the segment data " +
                                                dp(ltime) + " (TDB seconds past J2000). The difference is " +
                                                dp(spec.last - ltime) + " seconds; the tolerance is " + dp(tol) +
                                                " seconds.");
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
  SC_TRY(writer::check_size(cdata, n * ninrec, "coefficient"));
  if (intlen <= 0.0) {
    return make_error("SPICE(INTLENNOTPOS)", "The interval length is not positive: " + dp(intlen) + " days.");
  }
  SC_TRY(writer::check_frame(spec));
  if (spec.first > spec.last) {
    return make_error("SPICE(BADDESCRTIMES)", "The segment start time " + dp(spec.first) +
                                                  " (TDB seconds past J2000) is greater than the segment end time " +
                                                  dp(spec.last) + ".");
  }
  SC_TRY(check_scales(dscale, tscale));
  SC_TRY(check_record_coverage(spec, intlen, n, initjd, initfr));
  SC_TRY(writer::check_id_string(spec.segid));

  std::vector<double> data(cdata.begin(), cdata.begin() + static_cast<std::ptrdiff_t>(n * ninrec));
  for (double word : {dscale, tscale, initjd, initfr, intlen, static_cast<double>(ninrec), static_cast<double>(n)}) {
    data.push_back(word);
  }
  return writer::write_segment(file, spec, 20, data);
}

}  // namespace sc::spk
