// The checks every segment writer shares (see segment_checks.hpp), each with CSPICE's short code.
#include "writers/segment_checks.hpp"

#include <cmath>
#include <cstdio>

#include "math/constants.hpp"

namespace sc::writers {
namespace {

constexpr std::size_t kMaxSegidChars = 40;

std::size_t last_nonblank(std::string_view s) {
  auto end = s.find_last_not_of(' ');
  return end == std::string_view::npos ? 0 : end + 1;
}

bool printable(unsigned char c) { return c >= 32 && c <= 126; }

// The descriptor's times may pass the data's by tol at either end (the writers' COVERAGEGAP test).
Status check_coverage_within(double first, double last, double data_begin, double data_end, double tol) {
  if (first < data_begin - tol) {
    return make_error("SPICE(COVERAGEGAP)", "The segment descriptor start time " + dp(first) +
                                                " is too much less than the beginning time of the segment data " +
                                                dp(data_begin) + " (TDB seconds past J2000). The difference is " +
                                                dp(data_begin - first) + " seconds; the tolerance is " + dp(tol) +
                                                " seconds.");
  }
  if (last > data_end + tol) {
    return make_error("SPICE(COVERAGEGAP)", "The segment descriptor end time " + dp(last) +
                                                " is too much greater than the end time of the segment data " +
                                                dp(data_end) + " (TDB seconds past J2000). The difference is " +
                                                dp(last - data_end) + " seconds; the tolerance is " + dp(tol) +
                                                " seconds.");
  }
  return {};
}

}  // namespace

std::string dp(double value) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.13E", value);
  return buf;
}

Status check_size(std::span<const double> values, long long needed, std::string_view what) {
  if (needed <= static_cast<long long>(values.size())) return {};
  return make_error("SPICE(INVALIDSIZE)", "The " + std::string(what) + " array holds " + std::to_string(values.size()) +
                                              " values; " + std::to_string(needed) + " are needed.");
}

Status check_segid_length(std::string_view segid) {
  const std::size_t length = last_nonblank(segid);
  if (length <= kMaxSegidChars) return {};
  return make_error("SPICE(SEGIDTOOLONG)", "The segment identifier '" + std::string(segid) + "' has " +
                                               std::to_string(length) +
                                               " characters before its trailing blanks; at most 40 are allowed.");
}

Status check_segid_printable(std::string_view segid) {
  const std::size_t length = last_nonblank(segid);
  for (std::size_t i = 0; i < length; ++i) {
    const auto c = static_cast<unsigned char>(segid[i]);
    if (!printable(c)) {
      return make_error("SPICE(NONPRINTABLECHARS)", "The segment identifier contains a nonprintable character: code " +
                                                        std::to_string(c) + " at position " + std::to_string(i + 1) +
                                                        " (only ASCII 32..126 are allowed).");
    }
  }
  return {};
}

Status check_id_string(std::string_view segid, std::string_view kind) {
  const std::string what = "The " + std::string(kind) + " segment identifier";
  const std::size_t length = last_nonblank(segid);
  if (length > kMaxSegidChars) {
    return make_error("SPICE(IDSTRINGTOOLONG)", what + " '" + std::string(segid) +
                                                    "' is invalid; the last non-blank character is located at "
                                                    "position " +
                                                    std::to_string(length) + "; the maximum allowed length is 40.");
  }
  for (std::size_t i = 0; i < segid.size(); ++i) {
    const auto c = static_cast<unsigned char>(segid[i]);
    if (!printable(c)) {
      return make_error("SPICE(NONPRINTABLECHARS)", what + " is invalid; it contains a non-printing character (code " +
                                                        std::to_string(c) + ") at position " + std::to_string(i + 1) +
                                                        ".");
    }
  }
  return {};
}

Status check_coverage(double first, double last, double data_begin, double data_end) {
  const double tol = kCoverageTolerance * std::fmax(std::fabs(first), std::fabs(last));
  return check_coverage_within(first, last, data_begin, data_end, tol);
}

// SPKW20's coverage test: unlike types 2 and 3 its tolerance scales with the records' span.
Status check_record_coverage(double first, double last, double intlen, int n, double initjd, double initfr) {
  using math::kJ2000JulianDate;  // J2000()
  using math::kSecondsPerDay;    // SPD()
  const double btime = kSecondsPerDay * (initjd - kJ2000JulianDate + initfr);
  const double ltime = btime + n * intlen * kSecondsPerDay;
  const double tol = std::fmax(std::fabs(btime), std::fabs(ltime)) * kCoverageTolerance;
  return check_coverage_within(first, last, btime, ltime, tol);
}

Status check_epoch_order(std::span<const double> epochs) {
  if (epochs.empty()) return {};
  double maxtim = epochs.front();
  for (std::size_t i = 1; i < epochs.size(); ++i) {
    // As CSPICE compares: each epoch against the largest so far.
    if (epochs[i] <= maxtim) {
      return make_error("SPICE(TIMESOUTOFORDER)", "EPOCH " + dp(epochs[i]) + " having index " + std::to_string(i + 1) +
                                                      " is not greater than its predecessor " + dp(epochs[i - 1]) +
                                                      ".");
    }
    maxtim = epochs[i];
  }
  return {};
}

Status check_epochs(std::span<const double> epochs, double first, double last) {
  SC_TRY(check_epoch_order(epochs));
  if (epochs.front() > first) {
    return make_error("SPICE(BADDESCRTIMES)",
                      "Segment start time " + dp(first) + " precedes first epoch " + dp(epochs.front()) + ".");
  }
  if (epochs.back() < last) {
    return make_error("SPICE(BADDESCRTIMES)",
                      "Segment end time " + dp(last) + " follows last epoch " + dp(epochs.back()) + ".");
  }
  return {};
}

}  // namespace sc::writers
