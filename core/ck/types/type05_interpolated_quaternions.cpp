#include "ck/types/type05_interpolated_quaternions.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "ck/records/ordered_search.hpp"
#include "ck/records/quaternion_window.hpp"

namespace sc::ck {

namespace {

// The 1-based group of 100 a directory scan of CKR05 selects: one more than the number of
// directory entries < t (the scan stops at the first block whose last entry is >= t, which for a
// non-decreasing directory gives the same count).
Result<long long> directory_group(const daf::SegmentFile& file, const Segment& segment, long long dirbas,
                                  long long count, double t) {
  if (count == 0) return 1LL;
  SC_TRY_ASSIGN(const long long before, count_lt_words(file, segment, dirbas + 1, count, t));
  return before + 1;
}

}  // namespace

Result<std::optional<Pointing>> evaluate_type05(const daf::SegmentFile& file, const Segment& segment, double sclkdp,
                                                double tol, bool needav) {
  if (tol < 0) {
    return segment_error(file, segment, "SPICE(VALUEOUTOFRANGE)", "Tolerance must be non-negative.");
  }
  if (sclkdp + tol < segment.start || sclkdp - tol > segment.end) return std::optional<Pointing>{};
  double t = std::clamp(sclkdp, segment.start, segment.end);  // BRCKTD
  const long long begin = segment.begin;
  const long long end = segment.last;
  SC_TRY_ASSIGN(const auto contrl, segment_words(file, segment, end - 4, 5));
  const double rate = contrl[0];
  SC_TRY_ASSIGN(const long long subtyp, stored_nint(file, segment, contrl[1], -2147483647, 2147483647, "subtype"));
  SC_TRY_ASSIGN(long long wndsiz, stored_nint(file, segment, contrl[2], -2147483647, 2147483647, "window size"));
  SC_TRY_ASSIGN(const long long nints, stored_nint(file, segment, contrl[3], 1, segment.length(), "interval count"));
  SC_TRY_ASSIGN(const long long n, stored_nint(file, segment, contrl[4], 1, segment.length(), "packet count"));
  const int packsz = packet_size_of_subtype(static_cast<int>(subtyp));
  if (packsz == 0) {
    return segment_error(file, segment, "SPICE(NOTSUPPORTED)",
                         "Unexpected CK type 5 subtype " + std::to_string(subtyp) + " found in type 5 segment.");
  }
  if (wndsiz <= 0) {
    return segment_error(file, segment, "SPICE(INVALIDVALUE)",
                         "Window size in type 05 segment was " + std::to_string(wndsiz) + "; must be positive.");
  }
  const long long maxwnd = (subtyp == 0 || subtyp == 2) ? 12 : 24;
  if (wndsiz > maxwnd || wndsiz % 2 != 0) {
    return segment_error(file, segment, "SPICE(INVALIDVALUE)",
                         "Window size in type 05 segment was " + std::to_string(wndsiz) + "; must be even and at most " +
                             std::to_string(maxwnd) + " for subtype " + std::to_string(subtyp) + ".");
  }

  // The epochs' group of 100 and the epochs bracketing t.
  const long long npdir = (n - 1) / 100;
  long long dirbas = begin + n * packsz + n - 1;
  SC_TRY_ASSIGN(const long long pgroup, directory_group(file, segment, dirbas, npdir, t));
  const long long pbegix = pgroup == 1 ? 1 : (pgroup - 1) * 100;
  const long long pendix = pgroup == 1 ? std::min<long long>(n, 100) : std::min(pbegix + 100, n);
  long long timbas = dirbas - n;
  SC_TRY_ASSIGN(const auto epochs, segment_words(file, segment, timbas + pbegix, pendix - pbegix + 1));
  const auto npread = static_cast<long long>(epochs.size());
  if (t < epochs[0]) {
    if (sclkdp + tol < epochs[0]) return std::optional<Pointing>{};
    t = epochs[0];
  } else if (t > epochs[static_cast<std::size_t>(npread - 1)]) {
    if (sclkdp - tol > epochs[static_cast<std::size_t>(npread - 1)]) return std::optional<Pointing>{};
    t = epochs[static_cast<std::size_t>(npread - 1)];
  }
  long long i = lstltd(t, epochs);
  long long low = 0, high = 0;
  double lepoch = 0, hepoch = 0;
  if (i == 0) {
    low = 1;
    lepoch = epochs[0];
    high = n == 1 ? 1 : 2;
    hepoch = epochs[static_cast<std::size_t>(high - 1)];
  } else {
    low = pbegix + i - 1;
    lepoch = epochs[static_cast<std::size_t>(i - 1)];
    high = low + 1;
    hepoch = epochs[static_cast<std::size_t>(i)];
  }

  // The interpolation interval containing t: its start, the next start and the one after.
  const long long nidir = (nints - 1) / 100;
  dirbas = end - 5 - nidir;
  SC_TRY_ASSIGN(const long long sgroup, directory_group(file, segment, dirbas, nidir, t));
  const long long sbegix = sgroup == 1 ? 1 : (sgroup - 1) * 100;
  const long long sendix = sgroup == 1 ? std::min<long long>(nints, 102) : std::min(sbegix + 102, nints);
  timbas = dirbas - nints;
  SC_TRY_ASSIGN(const auto starts, segment_words(file, segment, timbas + sbegix, sendix - sbegix + 1));
  const auto nsread = static_cast<long long>(starts.size());
  const long long nsrch = std::min<long long>(101, nsread);
  i = lstled(t, std::span<const double>(starts).first(static_cast<std::size_t>(nsrch)));
  constexpr double dpmax = std::numeric_limits<double>::max();
  if (i == 0) {
    return segment_error(file, segment, "SPICE(INVALIDCOUNT)", "a request precedes its first interval start.");
  }
  double start = starts[static_cast<std::size_t>(i - 1)];
  double nstart = dpmax, nnstrt = dpmax;
  if (i < nsread) {
    nstart = starts[static_cast<std::size_t>(i)];
    if (i + 1 < nsread) nnstrt = starts[static_cast<std::size_t>(i + 1)];
  }

  // t lies between the last epoch of one interval and the first of the next: the nearer one
  // serves, if within the tolerance (the earlier one on a tie).
  if (hepoch == nstart) {
    if (std::fabs(t - lepoch) <= std::fabs(hepoch - t)) {
      if (std::fabs(t - lepoch) > tol) return std::optional<Pointing>{};
      t = lepoch;
      high = low;
      hepoch = lepoch;
    } else {
      if (std::fabs(hepoch - t) > tol) return std::optional<Pointing>{};
      t = hepoch;
      low = high;
      lepoch = hepoch;
      start = nstart;
      nstart = nnstrt;
    }
  }

  // The window: up to wndsiz/2 packets on each side, then only those inside t's interval.
  const long long lsize = std::min(wndsiz / 2, low);
  const long long rsize = std::min(wndsiz / 2, n - high + 1);
  wndsiz = lsize + rsize;
  long long first = low - lsize + 1;
  SC_TRY_ASSIGN(const auto wepochs, segment_words(file, segment, begin + n * packsz + first - 1, wndsiz));
  const long long a = lstltd(start, wepochs);
  const long long b = lstltd(nstart, wepochs);
  if (a == b) return std::optional<Pointing>{};
  wndsiz = b - a;
  first += a;

  QuaternionWindow w;
  w.t = t;
  w.subtype = static_cast<int>(subtyp);
  w.rate = rate;
  SC_TRY_ASSIGN(w.packets, segment_words(file, segment, begin + (first - 1) * packsz, wndsiz * packsz));
  w.epochs.assign(wepochs.begin() + a, wepochs.begin() + b);
  SC_TRY_ASSIGN(const Pointing p, evaluate_quaternion_window(std::move(w), needav));
  return std::optional<Pointing>{p};
}

}  // namespace sc::ck
