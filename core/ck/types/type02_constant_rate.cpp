#include "ck/types/type02_constant_rate.hpp"

#include <algorithm>

#include "ck/records/ordered_search.hpp"
#include "math/axis_angle.hpp"
#include "math/quaternion.hpp"

namespace sc::ck {

Result<std::optional<Pointing>> evaluate_type02(const daf::SegmentFile& file, const Segment& segment, double sclkdp,
                                                double tol, bool needav) {
  const long long beg = segment.begin;
  // CKR02: the record count from the segment's size, rounded as NINT.
  const double size_words = (static_cast<double>(segment.length()) * 100.0 + 1.0) / 1001.0;
  SC_TRY_ASSIGN(const long long nrec, stored_nint(file, segment, size_words, 1, segment.length() / 10, "record count"));
  const long long ndir = (nrec - 1) / 100;

  // The group of 100 start times: one more than the directory epochs <= SCLKDP.
  long long group = 1;
  if (ndir > 0) {
    SC_TRY_ASSIGN(const long long before, count_le_words(file, segment, beg + nrec * 10, ndir, sclkdp));
    group = before + 1;
  }
  const long long skip = (group - 1) * 100;
  const long long n = std::min<long long>(100, nrec - skip);
  SC_TRY_ASSIGN(const auto starts, segment_words(file, segment, beg + nrec * 8 + skip, n));
  const long long i = lstled(sclkdp, starts);

  double start = 0;
  double clkout = 0;
  long long index = 0;
  if (i == 0) {
    // Before the group's first interval: its start, if within the tolerance.
    if (sclkdp + tol < starts[0]) return std::optional<Pointing>{};
    start = starts[0];
    clkout = starts[0];
    index = 1;
  } else {
    SC_TRY_ASSIGN(const double stop, segment_word(file, segment, beg + nrec * 9 + skip + i - 1));
    if (sclkdp <= stop) {
      start = starts[static_cast<std::size_t>(i - 1)];
      clkout = sclkdp;
      index = i;
    } else if (i == n) {
      // After the group's last interval: its stop, if within the tolerance.
      if (sclkdp - tol > stop) return std::optional<Pointing>{};
      start = starts[static_cast<std::size_t>(i - 1)];
      clkout = stop;
      index = i;
    } else {
      // In a gap: the nearer end (the next start when both are equally near).
      const double diff1 = sclkdp - stop;
      const double diff2 = starts[static_cast<std::size_t>(i)] - sclkdp;
      if (std::min(diff1, diff2) > tol) return std::optional<Pointing>{};
      if (diff2 <= diff1) {
        start = starts[static_cast<std::size_t>(i)];
        clkout = start;
        index = i + 1;
      } else {
        start = starts[static_cast<std::size_t>(i - 1)];
        clkout = stop;
        index = i;
      }
    }
  }
  SC_TRY_ASSIGN(const auto rec, segment_words(file, segment, beg + (skip + index - 1) * 8, 8));

  // CKE02: the quaternion's matrix rotated on at the constant rate for the time since the start.
  const math::Quat quat{rec[0], rec[1], rec[2], rec[3]};
  const math::Vec3 avtemp{rec[4], rec[5], rec[6]};
  const double time = (clkout - start) * rec[7];
  const double angle = time * math::vnorm(avtemp);
  const math::Mat3 rot = math::axisar(avtemp, angle);
  const math::Mat3 cbase = math::q2m(quat);
  Pointing p;
  p.cmat = math::multiply_transposed(cbase, rot);
  p.clkout = clkout;
  if (needav) p.av = avtemp;
  return std::optional<Pointing>{p};
}

}  // namespace sc::ck
