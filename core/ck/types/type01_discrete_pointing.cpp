#include "ck/types/type01_discrete_pointing.hpp"

#include <cmath>

#include "ck/records/ordered_search.hpp"
#include "math/quaternion.hpp"

namespace sc::ck {

Result<std::optional<Pointing>> evaluate_type01(const daf::SegmentFile& file, const Segment& segment, double sclkdp,
                                                double tol, bool needav) {
  const long long psiz = segment.has_av ? 7 : 4;
  if (!segment.has_av && needav) {
    return segment_error(file, segment, "SPICE(NOAVDATA)", "Segment does not contain angular velocity data.");
  }
  const long long beg = segment.begin;
  // CKR01 reads NREC with INT, then NDIR = (NREC - 1) / 100 directory epochs.
  SC_TRY_ASSIGN(const double nrec_word, segment_word(file, segment, segment.last));
  SC_TRY_ASSIGN(const long long nrec,
                stored_int(file, segment, nrec_word, 1, segment.length() / (psiz + 1), "record count"));
  const long long ndir = (nrec - 1) / 100;

  // The group of (at most) 100 times: one more than the directory epochs <= SCLKDP (LSTLED).
  long long group = 1;
  if (ndir > 0) {
    SC_TRY_ASSIGN(const long long before, count_le_words(file, segment, beg + (psiz + 1) * nrec, ndir, sclkdp));
    group = before + 1;
  }
  const long long skip = (group - 1) * 100;
  const long long n = std::min<long long>(100, nrec - skip);
  SC_TRY_ASSIGN(const auto times, segment_words(file, segment, beg + nrec * psiz + skip, n));

  // The closest time in the group, if within the tolerance.
  const long long i = lstcld(sclkdp, times);
  const double clkout = times[static_cast<std::size_t>(i - 1)];
  if (std::fabs(sclkdp - clkout) > tol) return std::optional<Pointing>{};

  SC_TRY_ASSIGN(const auto rec, segment_words(file, segment, beg + psiz * (skip + i - 1), psiz));
  Pointing p;
  p.clkout = clkout;
  p.cmat = math::q2m(math::Quat{rec[0], rec[1], rec[2], rec[3]});
  if (needav) p.av = math::Vec3{rec[4], rec[5], rec[6]};
  return std::optional<Pointing>{p};
}

}  // namespace sc::ck
