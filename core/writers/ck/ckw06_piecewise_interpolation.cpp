// CK type 6, piecewise Hermite/Lagrange interpolation in mini-segments (CKW06).
#include <cmath>
#include <string>
#include <vector>

#include "writers/ck/ck_writer_checks.hpp"

namespace sc::ck {
namespace {

using writers::dp;

// ck06.inc: the interval selection flag as CKR06 reads it.
constexpr double kSelectLast = 1.0;
constexpr double kSelectFirst = -1.0;

// Packets a mini-segment of this subtype interpolates over (ODD(SUBTYP): Lagrange).
int window_size(int subtype, int degree) { return subtype % 2 != 0 ? degree + 1 : (degree + 1) / 2; }

// VDISTG over 4 components: the square root of the summed squared differences.
double distance4(const double* a, const double* b, double sign) {
  double sum = 0;
  for (int k = 0; k < 4; ++k) {
    const double d = a[k] - sign * b[k];
    sum = sum + d * d;
  }
  return std::sqrt(sum);
}

// The checks CKW06 makes on mini-segment `i` (0-based), its packets and times at the offsets given.
Status check_mini_segment(int i, int count, int subtype, int degree, std::span<const double> packets,
                          std::span<const double> times, double interval_start) {
  const std::string which = std::to_string(i + 1);
  if (count < 2) {
    return make_error("SPICE(TOOFEWPACKETS)", "At least 2 packets are required for CK type 6. Number of packets "
                                              "supplied was " +
                                                  std::to_string(count) + " in mini-segment at index " + which + ".");
  }
  if (subtype < 0 || subtype > 3) {
    return make_error("SPICE(INVALIDSUBTYPE)",
                      "Unexpected CK type 6 subtype " + std::to_string(subtype) + " found in mini-segment " + which + ".");
  }
  if (degree < 1 || degree > kMaxCk05Degree) {
    return make_error("SPICE(INVALIDDEGREE)", "The interpolating polynomials of mini-segment " + which +
                                                  " have degree " + std::to_string(degree) +
                                                  "; the valid degree range is [1, " +
                                                  std::to_string(kMaxCk05Degree) + "].");
  }
  const int window = window_size(subtype, degree);
  if (window % 2 != 0) {
    return make_error("SPICE(BADWINDOWSIZE)",
                      "The interpolating polynomials of mini-segment " + which + " have window size " +
                          std::to_string(window) + " and degree " + std::to_string(degree) +
                          " for CK type 6; the subtype is " + std::to_string(subtype) +
                          ". The degree must be equivalent to 3 mod 4 for subtypes 0 and 2 (Hermite interpolation) "
                          "and odd for subtypes 1 and 3 (Lagrange interpolation).");
  }
  for (int j = 0; j + 1 < count; ++j) {
    if (times[j] >= times[j + 1]) {
      return make_error("SPICE(TIMESOUTOFORDER)", "In mini-segment " + which + ", epoch " + dp(times[j]) +
                                                      " at mini-segment-relative index " + std::to_string(j + 1) +
                                                      " is greater than or equal to its successor " +
                                                      dp(times[j + 1]) + ".");
    }
  }
  if (times[0] > interval_start) {
    return make_error("SPICE(BOUNDSDISAGREE)", "Mini-segment interval " + which + " start time " +
                                                   dp(interval_start) + " precedes the mini-segment's first epoch " +
                                                   dp(times[0]) + ".");
  }
  if (times[count - 1] < interval_start) {
    return make_error("SPICE(BOUNDSDISAGREE)", "Mini-segment interval " + which + " start time " +
                                                   dp(interval_start) + " follows the mini-segment's last epoch " +
                                                   dp(times[count - 1]) + ".");
  }
  const int size = kCk05PacketSizes[subtype];
  for (int j = 0; j < count; ++j) {
    const double* q = packets.data() + static_cast<std::size_t>(j) * size;
    if (q[0] == 0 && q[1] == 0 && q[2] == 0 && q[3] == 0) {
      return make_error("SPICE(ZEROQUATERNION)", "The quaternion in packet " + std::to_string(j + 1) +
                                                     " within mini-segment " + which + " has magnitude zero.");
    }
    // Hermite subtypes: each quaternion must be nearer to its predecessor than its negative is.
    if (j > 0 && subtype % 2 == 0) {
      const double* previous = q - size;
      if (distance4(previous, q, -1.0) < distance4(previous, q, 1.0)) {
        return make_error("SPICE(BADQUATSIGN)",
                          "The quaternion in packet " + std::to_string(j + 1) + " within mini-segment " + which +
                              " is farther than its negative from its predecessor at index " + std::to_string(j) +
                              ", which makes the sequence unsuitable for Hermite interpolation; adjust the "
                              "quaternions (and their derivatives) first.");
      }
    }
  }
  return {};
}

}  // namespace

Status ckw06(daf::DafWriter& file, const CkSegmentSpec& spec, int nmini, std::span<const int> npkts,
             std::span<const int> subtps, std::span<const int> degres, std::span<const double> packets,
             std::span<const double> rates, std::span<const double> sclkdp, std::span<const double> ivlbds,
             bool sellst) {
  if (spec.endtim < spec.begtim) {
    return make_error("SPICE(BADDESCRTIMES)", "Segment start time is " + dp(spec.begtim) + "; stop time is " +
                                                  dp(spec.endtim) + "; bounds must be in nondecreasing order.");
  }
  SC_TRY(check_ref_frame(spec));
  SC_TRY(writers::check_segid_length(spec.segid));
  SC_TRY(writers::check_segid_printable(spec.segid));
  if (nmini < 1) {
    return make_error("SPICE(INVALIDCOUNT)",
                      "Mini-segment count was " + std::to_string(nmini) + "; this count must be positive.");
  }
  const auto count = static_cast<std::size_t>(nmini);
  if (npkts.size() < count || subtps.size() < count || degres.size() < count) {
    return make_error("SPICE(INVALIDSIZE)", "npkts, subtps and degres need one entry per mini-segment (" +
                                                std::to_string(nmini) + ").");
  }
  SC_TRY(writers::check_size(rates, nmini, "rates"));
  SC_TRY(writers::check_size(ivlbds, nmini + 1LL, "ivlbds"));
  for (std::size_t i = 0; i < count; ++i) {
    if (ivlbds[i] >= ivlbds[i + 1]) {
      return make_error("SPICE(BOUNDSOUTOFORDER)",
                        "Mini-segment interval bounds at indices " + std::to_string(i + 1) + " and " +
                            std::to_string(i + 2) + " are " + dp(ivlbds[i]) + " and " + dp(ivlbds[i + 1]) +
                            " respectively; the bounds are required to be strictly increasing.");
    }
  }
  if (spec.begtim < ivlbds[0] || spec.endtim > ivlbds[count]) {
    return make_error("SPICE(COVERAGEGAP)",
                      "First mini-segment interval start time is " + dp(ivlbds[0]) + "; segment start time is " +
                          dp(spec.begtim) + "; segment stop time is " + dp(spec.endtim) +
                          "; last mini-segment interval stop time is " + dp(ivlbds[count]) +
                          ". The segment's coverage must lie within the union of the mini-segment intervals.");
  }
  // Every mini-segment checked before anything is written; the sizes guard the C++ API.
  std::size_t packet_at = 0;
  std::size_t time_at = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const int n = npkts[i];
    const int subtype = subtps[i];
    const std::size_t words = n >= 2 && subtype >= 0 && subtype <= 3
                                  ? static_cast<std::size_t>(n) * static_cast<std::size_t>(kCk05PacketSizes[subtype])
                                  : 0;
    if (words > 0) {
      SC_TRY(writers::check_size(packets.subspan(std::min(packet_at, packets.size())), static_cast<long long>(words),
                                 "packets"));
      SC_TRY(writers::check_size(sclkdp.subspan(std::min(time_at, sclkdp.size())), n, "sclkdp"));
    }
    SC_TRY(check_mini_segment(static_cast<int>(i), n, subtype, degres[i],
                              words > 0 ? packets.subspan(packet_at, words) : std::span<const double>(),
                              words > 0 ? sclkdp.subspan(time_at, static_cast<std::size_t>(n))
                                        : std::span<const double>(),
                              ivlbds[i]));
    packet_at += words;
    time_at += static_cast<std::size_t>(n);
  }

  // The mini-segments: packets, epochs, every 100th epoch, then rate, subtype, window and count.
  std::vector<double> data;
  std::vector<double> begins;  // each mini-segment's first word, relative to the segment (1-based)
  packet_at = 0;
  time_at = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const auto n = static_cast<std::size_t>(npkts[i]);
    const auto words = n * static_cast<std::size_t>(kCk05PacketSizes[subtps[i]]);
    const auto times = sclkdp.subspan(time_at, n);
    begins.push_back(static_cast<double>(data.size() + 1));
    data.insert(data.end(), packets.begin() + static_cast<std::ptrdiff_t>(packet_at),
                packets.begin() + static_cast<std::ptrdiff_t>(packet_at + words));
    data.insert(data.end(), times.begin(), times.end());
    append_directory(data, times);
    data.push_back(rates[i]);
    data.push_back(static_cast<double>(subtps[i]));
    data.push_back(static_cast<double>(window_size(subtps[i], degres[i])));
    data.push_back(static_cast<double>(n));
    packet_at += words;
    time_at += n;
  }
  const double end_pointer = static_cast<double>(data.size() + 1);
  // The interval bounds and their directory: every 100th of the nmini + 1 bounds.
  const auto bounds = ivlbds.first(count + 1);
  data.insert(data.end(), bounds.begin(), bounds.end());
  append_directory(data, bounds);
  data.insert(data.end(), begins.begin(), begins.end());
  data.push_back(end_pointer);
  data.push_back(sellst ? kSelectLast : kSelectFirst);
  data.push_back(static_cast<double>(nmini));
  return write_ck_segment(file, spec, 6, spec.avflag, data);
}

}  // namespace sc::ck
