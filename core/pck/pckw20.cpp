#include "pck/pckw20.hpp"

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace sc::pck {
namespace {

constexpr int kType = 20;
constexpr int kPckNd = 2;
constexpr int kPckNi = 5;
constexpr std::size_t kMaxSegidChars = 40;  // PCKW20's SIDLEN
constexpr double kCoverageTolerance = 1e-13;  // pck20.inc's TOLSCL
constexpr double kJ2000 = 2451545.0;
constexpr double kSecondsPerDay = 86400.0;

// "9.0000000000000E+02", as CSPICE's ERRDP prints numbers into messages.
std::string dp(double value) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.13E", value);
  return buf;
}

std::size_t last_nonblank(std::string_view s) {
  const auto end = s.find_last_not_of(' ');
  return end == std::string_view::npos ? 0 : end + 1;
}

// Every message names the segment being written, so a caller writing many can tell which failed.
Error failure(std::string_view segid, std::string code, const std::string& what) {
  return make_error(std::move(code),
                    "Cannot write the PCK type 20 segment '" + std::string(segid) + "': " + what);
}

// CHCKID with CLASS 'PCK segment identifier' and MAXLEN 40: the length first, then the printable
// characters, searched over the whole string (trailing blanks included, as FRSTNP does).
Status check_segid(std::string_view segid) {
  const std::size_t length = last_nonblank(segid);
  if (length > kMaxSegidChars) {
    return make_error("SPICE(IDSTRINGTOOLONG)", "The PCK segment identifier '" + std::string(segid) +
                                                    "' is invalid; the last non-blank character is located at "
                                                    "position " +
                                                    std::to_string(length) + "; the maximum allowed length is 40.");
  }
  for (std::size_t i = 0; i < segid.size(); ++i) {
    const auto c = static_cast<unsigned char>(segid[i]);
    if (c < 32 || c > 126) {
      return make_error("SPICE(NONPRINTABLECHARS)",
                        "The PCK segment identifier is invalid; it contains a non-printing character (code " +
                            std::to_string(c) + ") at position " + std::to_string(i + 1) + ".");
    }
  }
  return {};
}

// PCKW20's coverage test, its tolerance scaled by the records' span, in its arithmetic.
Status check_coverage(std::string_view segid, double first, double last, double intlen, int n, double initjd,
                      double initfr) {
  const double btime = kSecondsPerDay * (initjd - kJ2000 + initfr);
  const double ltime = btime + n * intlen * kSecondsPerDay;
  const double tol = std::fmax(std::fabs(btime), std::fabs(ltime)) * kCoverageTolerance;
  if (first < btime - tol) {
    return failure(segid, "SPICE(COVERAGEGAP)",
                   "the segment descriptor start time " + dp(first) +
                       " is too much less than the beginning time of the segment data " + dp(btime) +
                       " (TDB seconds past J2000). The difference is " + dp(btime - first) +
                       " seconds; the tolerance is " + dp(tol) + " seconds.");
  }
  if (last > ltime + tol) {
    return failure(segid, "SPICE(COVERAGEGAP)",
                   "the segment descriptor end time " + dp(last) +
                       " is too much greater than the end time of the segment data " + dp(ltime) +
                       " (TDB seconds past J2000). The difference is " + dp(last - ltime) +
                       " seconds; the tolerance is " + dp(tol) + " seconds.");
  }
  return {};
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
  SC_TRY(check_coverage(segid, first, last, intlen, n, initjd, initfr));
  SC_TRY(check_segid(segid));

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
