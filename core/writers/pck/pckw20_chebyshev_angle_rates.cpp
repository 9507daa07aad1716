#include "writers/pck/pckw20_chebyshev_angle_rates.hpp"

#include <string>
#include <vector>

#include "writers/segment_checks.hpp"

namespace sc::pck {
namespace {

using writers::dp;

constexpr int kType = 20;
constexpr int kPckNd = 2;
constexpr int kPckNi = 5;

// Every message names the segment being written, so a caller writing many can tell which failed.
Error failure(std::string_view segid, std::string code, const std::string& what) {
  return make_error(std::move(code),
                    "Cannot write the PCK type 20 segment '" + std::string(segid) + "': " + what);
}

// A shared check's error ("The segment descriptor ...") under this writer's prefix.
Error prefixed(std::string_view segid, Error e) {
  std::string what = std::move(e.long_msg);
  if (!what.empty() && what[0] >= 'A' && what[0] <= 'Z') what[0] = static_cast<char>(what[0] - 'A' + 'a');
  return failure(segid, std::move(e.short_code), what);
}

}  // namespace

Status pckw20(daf::DafWriter& file, int class_id, int base_frame, double first, double last, std::string_view segid,
              double intlen, int n, int polydg, std::span<const double> cdata, double ascale, double tscale,
              double initjd, double initfr) {
  if (file.nd() != kPckNd || file.ni() != kPckNi) {
    return failure(segid, "SPICE(DAFINVALIDPARAMS)",
                   "the DAF's summaries have ND = " + std::to_string(file.nd()) + ", NI = " + std::to_string(file.ni()) +
                       "; a binary PCK has ND = 2, NI = 5.");
  }
  if (n <= 0) {
    return failure(segid, "SPICE(INVALIDCOUNT)",
                   "the number of sets of coordinate coefficients is not positive. N = " + std::to_string(n) + ".");
  }
  if (polydg < 0 || polydg > kMaxType20Degree) {
    return failure(segid, "SPICE(INVALIDDEGREE)",
                   "the interpolating polynomials have degree " + std::to_string(polydg) +
                       "; the valid degree range is [0, " + std::to_string(kMaxType20Degree) + "].");
  }
  const long long ninrec = (polydg + 2LL) * 3;  // per angle: the coefficients and the angle
  const long long needed = n * ninrec;
  if (static_cast<long long>(cdata.size()) < needed) {
    return failure(segid, "SPICE(INVALIDSIZE)",
                   "the coefficient array holds " + std::to_string(cdata.size()) + " values; " +
                       std::to_string(needed) + " are needed.");
  }
  if (intlen <= 0.0) {
    return failure(segid, "SPICE(INTLENNOTPOS)", "the interval length is not positive: " + dp(intlen) + " days.");
  }
  if (base_frame == 0) {
    return failure(segid, "SPICE(INVALIDREFFRAME)", "the reference frame (code 0, an unknown name) is not supported.");
  }
  if (first >= last) {
    return failure(segid, "SPICE(BADDESCRTIMES)",
                   "the segment start time " + dp(first) + " (TDB seconds past J2000) is not less than the "
                                                           "segment end time " +
                       dp(last) + ".");
  }
  if (ascale <= 0.0) {
    return failure(segid, "SPICE(NONPOSITIVESCALE)", "the angle scale is not positive. ASCALE = " + dp(ascale) + ".");
  }
  if (tscale <= 0.0) {
    return failure(segid, "SPICE(NONPOSITIVESCALE)", "the time scale is not positive. TSCALE = " + dp(tscale) + ".");
  }
  if (auto s = writers::check_record_coverage(first, last, intlen, n, initjd, initfr); !s) {
    return prefixed(segid, std::move(s).error());
  }
  SC_TRY(writers::check_id_string(segid, "PCK"));

  // The records, then ASCALE, TSCALE, INITJD, INITFR, INTLEN, RSIZE, N, as PCKW20 adds them.
  std::vector<double> data(cdata.begin(), cdata.begin() + static_cast<std::ptrdiff_t>(needed));
  for (double word : {ascale, tscale, initjd, initfr, intlen, static_cast<double>(ninrec), static_cast<double>(n)}) {
    data.push_back(word);
  }
  const double dc[2] = {first, last};
  const int ic[3] = {class_id, base_frame, kType};
  return file.add_array(dc, ic, segid, data);
}

}  // namespace sc::pck
