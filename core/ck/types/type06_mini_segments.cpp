#include "ck/types/type06_mini_segments.hpp"

#include <algorithm>
#include <cmath>

#include "ck/records/ordered_search.hpp"
#include "ck/records/quaternion_window.hpp"

namespace sc::ck {

namespace {

constexpr long long kIntMax = 2147483647;

// A mini-segment's control words and where its parts are.
struct MiniSegment {
  long long minib = 0;  // first address
  long long minie = 0;  // last address (of its control area)
  double rate = 0;
  long long subtype = 0;
  long long wndsiz = 0;
  long long npkt = 0;
  long long npkdir = 0;
  double lstepc = 0;  // its last epoch
};

Result<MiniSegment> read_mini_segment(const daf::SegmentFile& file, const Segment& segment, long long n,
                                      long long miniix) {
  MiniSegment m;
  SC_TRY_ASSIGN(const auto ptrs, segment_words(file, segment, segment.last - 2 - (n + 1) + miniix, 2));
  SC_TRY_ASSIGN(const long long p1, stored_nint(file, segment, ptrs[0], 1, segment.length() + 1, "mini-segment pointer"));
  SC_TRY_ASSIGN(const long long p2, stored_nint(file, segment, ptrs[1], 1, segment.length() + 1, "mini-segment pointer"));
  m.minib = p1 + segment.begin - 1;
  m.minie = p2 + segment.begin - 2;
  SC_TRY_ASSIGN(const auto contrl, segment_words(file, segment, m.minie - 3, 4));
  m.rate = contrl[0];
  SC_TRY_ASSIGN(m.subtype, stored_nint(file, segment, contrl[1], -kIntMax, kIntMax, "subtype"));
  SC_TRY_ASSIGN(m.wndsiz, stored_nint(file, segment, contrl[2], -kIntMax, kIntMax, "window size"));
  SC_TRY_ASSIGN(m.npkt, stored_nint(file, segment, contrl[3], 1, segment.length(), "packet count"));
  m.npkdir = (m.npkt - 1) / 100;
  SC_TRY_ASSIGN(m.lstepc, segment_word(file, segment, m.minie - 4 - m.npkdir));
  return m;
}

}  // namespace

Result<std::optional<Pointing>> evaluate_type06(const daf::SegmentFile& file, const Segment& segment, double sclkdp,
                                                double tol, bool needav) {
  if (needav && !segment.has_av) {
    return segment_error(file, segment, "SPICE(NOAVDATA)",
                         "Segment descriptor indicates angular velocity data are not available, but such data were "
                         "requested.");
  }
  if (tol < 0) return segment_error(file, segment, "SPICE(NEGATIVETOL)", "Tolerance must be non-negative.");
  if (sclkdp + tol < segment.start || sclkdp - tol > segment.end) return std::optional<Pointing>{};
  double t = std::clamp(sclkdp, segment.start, segment.end);  // BRCKTD

  SC_TRY_ASSIGN(const auto contrl, segment_words(file, segment, segment.last - 1, 2));
  SC_TRY_ASSIGN(const long long isel, stored_nint(file, segment, contrl[0], -kIntMax, kIntMax, "interval selection flag"));
  SC_TRY_ASSIGN(const long long n, stored_nint(file, segment, contrl[1], 1, segment.length(), "interval count"));
  const long long ndir = n / 100;
  const long long dirbas = segment.last - 2 - (n + 1) - ndir;
  const long long ivbas = dirbas - (n + 1);

  // The mini-segment whose interval holds t: with the "last" selection (ISEL = 1) the last interval
  // starting at or before t; otherwise the first whose end is at or after t. The directory scan
  // counts bounds (<= t or < t) exactly as a count over the whole directory.
  long long miniix = 0;
  if (isel == 1) {
    long long group = 1;
    if (ndir > 0) {
      SC_TRY_ASSIGN(const long long before, count_le_words(file, segment, dirbas + 1, ndir, t));
      group = before + 1;
    }
    const long long bufbas = ivbas + (group - 1) * 100;
    const long long nread = std::min<long long>(100, n + 1 - (group - 1) * 100);
    SC_TRY_ASSIGN(const auto bounds, segment_words(file, segment, bufbas + 1, nread));
    const long long iveix = std::min(bufbas - ivbas + lstled(t, bounds) + 1, n + 1);
    if (iveix < 2) return segment_error(file, segment, "SPICE(BUG)", "IVEIX = " + std::to_string(iveix) + ".");
    miniix = iveix - 1;
  } else {
    long long group = 1;
    if (ndir > 0) {
      SC_TRY_ASSIGN(const long long before, count_lt_words(file, segment, dirbas + 1, ndir, t));
      group = before + 1;
    }
    const long long bufbas = ivbas + (group - 1) * 100;
    const long long nread = std::min<long long>(100, n + 1 - (group - 1) * 100);
    SC_TRY_ASSIGN(const auto bounds, segment_words(file, segment, bufbas + 1, nread));
    const long long ivbix = std::max(bufbas - ivbas + lstltd(t, bounds), 1LL);
    if (ivbix > n) return segment_error(file, segment, "SPICE(BUG)", "IVBIX = " + std::to_string(ivbix) + ".");
    miniix = ivbix;
  }
  SC_TRY_ASSIGN(MiniSegment m, read_mini_segment(file, segment, n, miniix));

  if (t > m.lstepc) {
    // After the mini-segment's last epoch: that epoch, or the next interval's start, whichever is
    // nearer (within the tolerance).
    if (tol == 0.0) return std::optional<Pointing>{};
    SC_TRY_ASSIGN(const auto mintim, segment_words(file, segment, ivbas + miniix, 2));
    if (t - m.lstepc > tol && mintim[1] - t > tol) return std::optional<Pointing>{};
    if (miniix == n) {
      if (t - m.lstepc > tol) return std::optional<Pointing>{};
      t = m.lstepc;
    } else {
      const double gap = mintim[1] - m.lstepc;
      if (t - m.lstepc <= gap / 2) {
        t = m.lstepc;
      } else {
        ++miniix;
        SC_TRY_ASSIGN(m, read_mini_segment(file, segment, n, miniix));
        // CSPICE quirk (CKR06, N0067): on this path the next mini-segment's seconds-per-tick rate is
        // read as NINT of the stored value, not the value itself.
        m.rate = static_cast<double>(std::llround(m.rate));
        t = mintim[1];
      }
    }
  }

  if (m.subtype < 0 || m.subtype >= 4) {
    return segment_error(file, segment, "SPICE(INVALIDSUBTYPE)",
                         "Unexpected CK type 6 subtype " + std::to_string(m.subtype) +
                             " found in type 06 segment within mini-segment " + std::to_string(miniix) + ".");
  }
  const int pktsiz = packet_size_of_subtype(static_cast<int>(m.subtype));
  const long long maxwnd = (m.subtype == 0 || m.subtype == 2) ? 12 : 24;
  if (m.wndsiz < 2 || m.wndsiz > maxwnd || m.wndsiz % 2 != 0) {
    return segment_error(file, segment, "SPICE(INVALIDVALUE)",
                         "Window size in type 6 segment was " + std::to_string(m.wndsiz) + "; must be even and in " +
                             "the range 2:" + std::to_string(maxwnd) + " for subtype " + std::to_string(m.subtype) +
                             ". Mini-segment index is " + std::to_string(miniix) + ".");
  }
  const long long pkdbas = m.minib - 1 + m.npkt * (pktsiz + 1);

  // The packets' group of 100 epochs and the window around t.
  long long group = 1;
  if (m.npkdir > 0) {
    SC_TRY_ASSIGN(const long long before, count_lt_words(file, segment, pkdbas + 1, m.npkdir, t));
    group = before + 1;
  }
  const long long begidx = group == 1 ? 1 : (group - 1) * 100;
  const long long endidx = group == 1 ? std::min<long long>(m.npkt, 100) : std::min(begidx + 100, m.npkt);
  const long long timbas = pkdbas - m.npkt;
  SC_TRY_ASSIGN(const auto epochs, segment_words(file, segment, timbas + begidx, endidx - begidx + 1));
  const long long i = lstltd(t, epochs);
  const long long low = i == 0 ? 1 : begidx + i - 1;
  const long long high = low + 1;
  const long long lsize = std::min(m.wndsiz / 2, low);
  const long long rsize = std::min(m.wndsiz / 2, m.npkt - high + 1);
  const long long nrcpkt = lsize + rsize;
  const long long first = low - lsize + 1;

  QuaternionWindow w;
  w.t = t;
  w.subtype = static_cast<int>(m.subtype);
  w.rate = m.rate;
  SC_TRY_ASSIGN(w.packets, segment_words(file, segment, m.minib + (first - 1) * pktsiz, nrcpkt * pktsiz));
  SC_TRY_ASSIGN(w.epochs, segment_words(file, segment, m.minib - 1 + m.npkt * pktsiz + first, nrcpkt));
  SC_TRY_ASSIGN(const Pointing p, evaluate_quaternion_window(std::move(w), needav));
  return std::optional<Pointing>{p};
}

}  // namespace sc::ck
