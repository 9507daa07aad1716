// CK type 2, constant angular rate intervals (CKW02).
#include <string>
#include <vector>

#include "writers/ck/ck_writer_checks.hpp"

namespace sc::ck {

using writers::dp;

Status ckw02(daf::DafWriter& file, const CkSegmentSpec& spec, int nrec, std::span<const double> start,
             std::span<const double> stop, std::span<const double> quats, std::span<const double> avvs,
             std::span<const double> rates) {
  SC_TRY(check_record_count(nrec, 2));
  SC_TRY(writers::check_size(start, nrec, "start"));
  SC_TRY(writers::check_size(stop, nrec, "stop"));
  SC_TRY(writers::check_size(quats, 4LL * nrec, "quats"));
  SC_TRY(writers::check_size(avvs, 3LL * nrec, "avvs"));
  SC_TRY(writers::check_size(rates, nrec, "rates"));
  const auto n = static_cast<std::size_t>(nrec);
  const auto starts = start.first(n);
  const auto stops = stop.first(n);
  SC_TRY(check_descriptor_times(spec, starts.front(), "START(1)", stops.back(), "STOP(" + std::to_string(nrec) + ")"));
  SC_TRY(check_ref_frame(spec));
  SC_TRY(writers::check_segid_printable(spec.segid));
  SC_TRY(writers::check_segid_length(spec.segid));
  SC_TRY(check_first_time(starts.front(), "START"));
  // CKW02 checks each interval in turn: its own length, then its start against the previous
  // start, then against the previous stop.
  for (std::size_t i = 0; i < n; ++i) {
    if (stops[i] <= starts[i]) {
      return make_error("SPICE(DEGENERATEINTERVAL)", "The STOP time is less than or equal to the START time for "
                                                     "interval number " +
                                                         std::to_string(i + 1) + ": START is " + dp(starts[i]) +
                                                         " and STOP is " + dp(stops[i]) + ".");
    }
    if (i == 0) continue;
    if (starts[i] <= starts[i - 1]) {
      return make_error("SPICE(TIMESOUTOFORDER)", "The START times are not strictly increasing: START(" +
                                                      std::to_string(i + 1) + ") = " + dp(starts[i]) + " and START(" +
                                                      std::to_string(i) + ") = " + dp(starts[i - 1]) + ".");
    }
    if (stops[i - 1] > starts[i]) {
      return make_error("SPICE(BADSTOPTIME)", "The STOP time of interval " + std::to_string(i) +
                                                  " is after the following START time: STOP(" + std::to_string(i) +
                                                  ") = " + dp(stops[i - 1]) + " and START(" + std::to_string(i + 1) +
                                                  ") = " + dp(starts[i]) + ".");
    }
  }
  SC_TRY(check_quaternions(quats, nrec, 4));

  std::vector<double> data;
  data.reserve(n * 10 + n / 100);
  for (std::size_t i = 0; i < n; ++i) {
    const auto q = quats.subspan(4 * i, 4);
    const auto av = avvs.subspan(3 * i, 3);
    data.insert(data.end(), q.begin(), q.end());
    data.insert(data.end(), av.begin(), av.end());
    data.push_back(rates[i]);
  }
  data.insert(data.end(), starts.begin(), starts.end());
  data.insert(data.end(), stops.begin(), stops.end());
  // The directory: the midpoint of STOP(100) and START(101), ... (CKW02's DIRENT).
  for (std::size_t index = 100; index < n; index += 100) {
    data.push_back((stops[index - 1] + starts[index]) / 2.0);
  }
  return write_ck_segment(file, spec, 2, true, data);
}

}  // namespace sc::ck
