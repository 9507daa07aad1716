// CK type 3, linear interpolation between pointing instances (CKW03).
#include <string>
#include <vector>

#include "writers/ck/ck_writer_checks.hpp"

namespace sc::ck {

using writers::dp;

Status ckw03(daf::DafWriter& file, const CkSegmentSpec& spec, int nrec, std::span<const double> sclkdp,
             std::span<const double> quats, std::span<const double> avvs, int nints,
             std::span<const double> starts) {
  SC_TRY(check_record_count(nrec, 3));
  if (nints <= 0) {
    return make_error("SPICE(INVALIDNUMINT)",
                      std::to_string(nints) + " is an invalid number of interpolation intervals for CK type 3.");
  }
  SC_TRY(writers::check_size(sclkdp, nrec, "sclkdp"));
  SC_TRY(writers::check_size(quats, 4LL * nrec, "quats"));
  if (spec.avflag) SC_TRY(writers::check_size(avvs, 3LL * nrec, "avvs"));
  SC_TRY(writers::check_size(starts, nints, "starts"));
  const auto times = sclkdp.first(static_cast<std::size_t>(nrec));
  const auto begins = starts.first(static_cast<std::size_t>(nints));
  SC_TRY(check_descriptor_times(spec, times.front(), "SCLKDP(1)", times.back(), "SCLKDP(" + std::to_string(nrec) + ")"));
  SC_TRY(check_ref_frame(spec));
  SC_TRY(writers::check_segid_printable(spec.segid));
  SC_TRY(writers::check_segid_length(spec.segid));
  SC_TRY(check_first_time(times.front(), "SCLKDP"));
  SC_TRY(check_time_order(times, "SCLKDP"));
  if (times.front() != begins.front()) {
    return make_error("SPICE(TIMESDONTMATCH)", "The start time of the first interval " + dp(begins.front()) +
                                                   " and the time of the first pointing instance " +
                                                   dp(times.front()) + " are not the same.");
  }
  SC_TRY(check_time_order(begins, "STARTS"));
  // Each start must be a pointing time; CKW03 searches forward from where the previous start was
  // found, which the order of both arrays makes equivalent to a full search.
  std::size_t index = 0;
  for (std::size_t i = 0; i < begins.size(); ++i) {
    bool match = false;
    while (!match && index < times.size()) match = begins[i] == times[index++];
    if (!match) {
      return make_error("SPICE(INVALIDSTARTTIME)", "Interval start time number " + std::to_string(i + 1) +
                                                       " is not the time of any pointing instance: STARTS(" +
                                                       std::to_string(i + 1) + ") = " + dp(begins[i]) + ".");
    }
  }
  SC_TRY(check_quaternions(quats, nrec, 4));

  std::vector<double> data;
  data.reserve(static_cast<std::size_t>(nrec) * 8 + begins.size() + 4);
  for (int i = 0; i < nrec; ++i) {
    const auto q = quats.subspan(4 * static_cast<std::size_t>(i), 4);
    data.insert(data.end(), q.begin(), q.end());
    if (spec.avflag) {
      const auto av = avvs.subspan(3 * static_cast<std::size_t>(i), 3);
      data.insert(data.end(), av.begin(), av.end());
    }
  }
  data.insert(data.end(), times.begin(), times.end());
  append_directory(data, times);
  data.insert(data.end(), begins.begin(), begins.end());
  append_directory(data, begins);
  data.push_back(static_cast<double>(nints));
  data.push_back(static_cast<double>(nrec));
  return write_ck_segment(file, spec, 3, spec.avflag, data);
}

}  // namespace sc::ck
