// CK type 1, discrete pointing instances (CKW01).
#include <string>
#include <vector>

#include "writers/ck/ck_writer_checks.hpp"

namespace sc::ck {


Status ckw01(daf::DafWriter& file, const CkSegmentSpec& spec, int nrec, std::span<const double> sclkdp,
             std::span<const double> quats, std::span<const double> avvs) {
  SC_TRY(check_record_count(nrec, 1));
  SC_TRY(writers::check_size(sclkdp, nrec, "sclkdp"));
  SC_TRY(writers::check_size(quats, 4LL * nrec, "quats"));
  if (spec.avflag) SC_TRY(writers::check_size(avvs, 3LL * nrec, "avvs"));
  const auto times = sclkdp.first(static_cast<std::size_t>(nrec));
  SC_TRY(check_descriptor_times(spec, times.front(), "SCLKDP(1)", times.back(), "SCLKDP(" + std::to_string(nrec) + ")"));
  SC_TRY(check_ref_frame(spec));
  // CKW01 checks the characters before the length.
  SC_TRY(writers::check_segid_printable(spec.segid));
  SC_TRY(writers::check_segid_length(spec.segid));
  SC_TRY(check_first_time(times.front(), "SCLKDP"));
  SC_TRY(check_time_order(times, "SCLKDP"));
  SC_TRY(check_quaternions(quats, nrec, 4));

  std::vector<double> data;
  data.reserve(static_cast<std::size_t>(nrec) * 8 + nrec / 100 + 1);
  for (int i = 0; i < nrec; ++i) {
    const auto q = quats.subspan(4 * static_cast<std::size_t>(i), 4);
    data.insert(data.end(), q.begin(), q.end());
    if (spec.avflag) {
      const auto av = avvs.subspan(3 * static_cast<std::size_t>(i), 3);
      data.insert(data.end(), av.begin(), av.end());
    }
  }
  data.insert(data.end(), times.begin(), times.end());
  // The directory: the midpoint of times 100 and 101, 200 and 201, ... (CKW01's DIRENT).
  for (int index = 100; index < nrec; index += 100) {
    data.push_back((times[index - 1] + times[index]) / 2.0);
  }
  data.push_back(static_cast<double>(nrec));
  return write_ck_segment(file, spec, 1, spec.avflag, data);
}

}  // namespace sc::ck
