// CK type 5, Hermite or Lagrange interpolation of quaternion packets (CKW05).
#include <algorithm>
#include <string>
#include <vector>

#include "writers/ck/ck_writer_checks.hpp"

namespace sc::ck {

using writers::dp;

Status ckw05(daf::DafWriter& file, const CkSegmentSpec& spec, int subtype, int degree, int n,
             std::span<const double> sclkdp, std::span<const double> packets, double rate, int nints,
             std::span<const double> starts) {
  if (n < 1) {
    return make_error("SPICE(TOOFEWPACKETS)", "At least 1 packet is required for CK type 5. Number of packets "
                                              "supplied: " +
                                                  std::to_string(n) + ".");
  }
  if (nints <= 0) {
    return make_error("SPICE(INVALIDNUMINTS)",
                      std::to_string(nints) + " is an invalid number of interpolation intervals for CK type 5.");
  }
  SC_TRY(writers::check_size(sclkdp, n, "sclkdp"));
  SC_TRY(writers::check_size(starts, nints, "starts"));
  SC_TRY(check_ref_frame(spec));
  // CKW05 checks the length before the characters.
  SC_TRY(writers::check_segid_length(spec.segid));
  SC_TRY(writers::check_segid_printable(spec.segid));
  const auto times = sclkdp.first(static_cast<std::size_t>(n));
  const auto begins = starts.first(static_cast<std::size_t>(nints));
  SC_TRY(check_first_time(times.front(), "SCLKDP"));
  SC_TRY(check_time_order(times, "SCLKDP"));
  SC_TRY(check_time_order(begins, "STARTS"));
  for (std::size_t i = 0; i < begins.size(); ++i) {
    if (!std::binary_search(times.begin(), times.end(), begins[i])) {
      return make_error("SPICE(INVALIDSTARTTIME)", "Interval start time number " + std::to_string(i + 1) +
                                                       " is not the time of any packet: STARTS(" +
                                                       std::to_string(i + 1) + ") = " + dp(begins[i]) + ".");
    }
  }
  if (subtype < 0 || subtype > 3) {
    return make_error("SPICE(NOTSUPPORTED)", "CK type 5 subtype <" + std::to_string(subtype) + "> is not supported.");
  }
  const int packet_size = kCk05PacketSizes[subtype];
  // Hermite subtypes (0, 2) use (degree + 1) / 2 packets, Lagrange subtypes (1, 3) degree + 1.
  const int window = subtype % 2 == 0 ? (degree + 1) / 2 : degree + 1;
  SC_TRY(writers::check_size(packets, static_cast<long long>(packet_size) * n, "packets"));
  SC_TRY(check_quaternions(packets, n, packet_size));
  if (degree < 1 || degree > kMaxCk05Degree) {
    return make_error("SPICE(INVALIDDEGREE)", "The interpolating polynomials have degree " + std::to_string(degree) +
                                                  "; the valid degree range is [1, " +
                                                  std::to_string(kMaxCk05Degree) + "].");
  }
  if (window % 2 != 0) {
    return make_error("SPICE(INVALIDDEGREE)", "The interpolating polynomials have degree " + std::to_string(degree) +
                                                  "; for CK type 5, the degree must be equivalent to 3 mod 4 for "
                                                  "Hermite interpolation and odd for Lagrange interpolation.");
  }
  if (spec.endtim < spec.begtim) {
    return make_error("SPICE(BADDESCRTIMES)",
                      "Descriptor bounds are non-increasing: " + dp(spec.begtim) + ":" + dp(spec.endtim) + ".");
  }
  // At least one time in [begtim, endtim]: the first time not before begtim (LSTLTD + 1) exists
  // and is not after endtim.
  const auto first_inside = std::lower_bound(times.begin(), times.end(), spec.begtim);
  if (first_inside == times.end()) {
    return make_error("SPICE(EMPTYSEGMENT)", "All time tags are less than segment start time " + dp(spec.begtim) + ".");
  }
  if (*first_inside > spec.endtim) {
    return make_error("SPICE(EMPTYSEGMENT)", "No time tags lie between the segment start time " + dp(spec.begtim) +
                                                 " and segment end time " + dp(spec.endtim) + ".");
  }
  if (rate == 0) return make_error("SPICE(INVALIDVALUE)", "The SCLK rate RATE was zero.");

  std::vector<double> data;
  const auto packet_words = static_cast<std::size_t>(packet_size) * static_cast<std::size_t>(n);
  data.reserve(packet_words + times.size() + begins.size() + times.size() / 100 + begins.size() / 100 + 5);
  data.insert(data.end(), packets.begin(), packets.begin() + static_cast<std::ptrdiff_t>(packet_words));
  data.insert(data.end(), times.begin(), times.end());
  append_directory(data, times);
  data.insert(data.end(), begins.begin(), begins.end());
  append_directory(data, begins);
  data.push_back(rate);
  data.push_back(static_cast<double>(subtype));
  data.push_back(static_cast<double>(window));
  data.push_back(static_cast<double>(nints));
  data.push_back(static_cast<double>(n));
  return write_ck_segment(file, spec, 5, spec.avflag, data);
}

}  // namespace sc::ck
