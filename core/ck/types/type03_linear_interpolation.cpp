#include "ck/types/type03_linear_interpolation.hpp"

#include <algorithm>
#include <limits>

#include "ck/records/ordered_search.hpp"
#include "math/axis_angle.hpp"
#include "math/quaternion.hpp"

namespace sc::ck {

namespace {

// CKR03's record: the two bracketing instances (times t1, t2, their psiz words) and the request.
struct Bracket {
  double t1 = 0;
  std::vector<double> r1;
  double t2 = 0;
  std::vector<double> r2;
};

// CKE03: interpolates between the instances at `t`.
Result<Pointing> interpolate(const Bracket& b, double t, bool needav) {
  const math::Quat q1{b.r1[0], b.r1[1], b.r1[2], b.r1[3]};
  const math::Quat q2{b.r2[0], b.r2[1], b.r2[2], b.r2[3]};
  math::Vec3 av1{}, av2{};
  if (b.r1.size() == 7) av1 = math::Vec3{b.r1[4], b.r1[5], b.r1[6]};
  if (b.r2.size() == 7) av2 = math::Vec3{b.r2[4], b.r2[5], b.r2[6]};
  Pointing p;
  if (b.t1 == b.t2) {
    p.cmat = math::q2m(q1);
    p.clkout = b.t1;
    if (needav) p.av = av1;
    return p;
  }
  const double frac = (t - b.t1) / (b.t2 - b.t1);
  const math::Mat3 cmat1 = math::q2m(q1);
  const math::Mat3 cmat2 = math::q2m(q2);
  const math::Mat3 rot = math::transposed_multiply(cmat2, cmat1);
  SC_TRY_ASSIGN(const math::AxisAngle aa, math::raxisa(rot));
  const math::Mat3 delta = math::axisar(aa.axis, aa.angle * frac);
  p.cmat = math::multiply_transposed(cmat1, delta);
  p.clkout = t;
  if (needav) p.av = math::vlcom(1.0 - frac, av1, frac, av2);
  return p;
}

}  // namespace

Result<std::optional<Pointing>> evaluate_type03(const daf::SegmentFile& file, const Segment& segment, double sclkdp,
                                                double tol, bool needav) {
  const long long psiz = segment.has_av ? 7 : 4;
  if (!segment.has_av && needav) {
    return segment_error(file, segment, "SPICE(NOAVDATA)", "Segment does not contain angular velocity data.");
  }
  const long long beg = segment.begin;
  SC_TRY_ASSIGN(const auto counts, segment_words(file, segment, segment.last - 1, 2));
  SC_TRY_ASSIGN(const long long numint, stored_nint(file, segment, counts[0], 1, segment.length(), "interval count"));
  SC_TRY_ASSIGN(const long long numrec,
                stored_nint(file, segment, counts[1], 1, segment.length() / (psiz + 1), "record count"));
  const long long nidir = (numint - 1) / 100;
  const long long nrdir = (numrec - 1) / 100;

  // The group of 100 times: one more than the directory epochs < SCLKDP (LSTLTD).
  long long group = 1;
  if (nrdir > 0) {
    SC_TRY_ASSIGN(const long long before, count_lt_words(file, segment, beg + (psiz + 1) * numrec, nrdir, sclkdp));
    group = before + 1;
  }
  long long skip = (group - 1) * 100;
  const long long grpadd = beg + numrec * psiz + skip;
  long long n = std::min<long long>(100, numrec - skip);
  SC_TRY_ASSIGN(const auto times, segment_words(file, segment, grpadd, n));
  const long long i = lstled(sclkdp, times);

  auto instance = [&](long long address) { return segment_words(file, segment, address, psiz); };
  auto single = [&](double t, long long address) -> Result<std::optional<Pointing>> {
    SC_TRY_ASSIGN(const auto rec, instance(address));
    Bracket b{t, rec, t, rec};
    SC_TRY_ASSIGN(const Pointing p, interpolate(b, sclkdp, needav));
    return std::optional<Pointing>{p};
  };

  double lsclk = 0, rsclk = 0;
  long long laddr = 0, raddr = 0;
  if (i == 0) {
    if (group == 1) {
      // Before the first instance: it serves if within the tolerance.
      if (times[0] - sclkdp <= tol) return single(times[0], beg);
      return std::optional<Pointing>{};
    }
    rsclk = times[0];
    raddr = beg + skip * psiz;
    SC_TRY_ASSIGN(lsclk, segment_word(file, segment, grpadd - 1));
    laddr = raddr - psiz;
  } else if (i == n) {
    // At or after the group's last time (CKR03 only gets here for the segment's last group, or
    // exactly at a group's last time): that instance, if within the tolerance.
    const double last = times[static_cast<std::size_t>(n - 1)];
    if (sclkdp - last <= tol) return single(last, beg + psiz * (skip + n - 1));
    return std::optional<Pointing>{};
  } else {
    lsclk = times[static_cast<std::size_t>(i - 1)];
    rsclk = times[static_cast<std::size_t>(i)];
    laddr = beg + (skip + i - 1) * psiz;
    raddr = laddr + psiz;
  }

  // The interpolation interval containing SCLKDP: its start and the next interval's start.
  group = 1;
  if (nidir > 0) {
    SC_TRY_ASSIGN(const long long before,
                  count_lt_words(file, segment, beg + (psiz + 1) * numrec + nrdir + numint, nidir, sclkdp));
    group = before + 1;
  }
  skip = (group - 1) * 100;
  const long long intadd = beg + (psiz + 1) * numrec + nrdir + skip;
  n = std::min<long long>(100, numint - skip);
  SC_TRY_ASSIGN(const auto starts, segment_words(file, segment, intadd, n));
  const long long k = lstled(sclkdp, starts);
  double start = 0, nstart = 0;
  if (k == 0) {
    nstart = starts[0];
    SC_TRY_ASSIGN(start, segment_word(file, segment, intadd - 1));
  } else if (k == n) {
    start = starts[static_cast<std::size_t>(n - 1)];
    if (group == nidir + 1) {
      nstart = std::numeric_limits<double>::max();  // DPMAX
    } else {
      SC_TRY_ASSIGN(nstart, segment_word(file, segment, intadd + n));
    }
  } else {
    start = starts[static_cast<std::size_t>(k - 1)];
    nstart = starts[static_cast<std::size_t>(k)];
  }
  (void)start;

  if (rsclk < nstart) {
    // Both instances lie in SCLKDP's interval: interpolate.
    SC_TRY_ASSIGN(auto r1, instance(laddr));
    SC_TRY_ASSIGN(auto r2, instance(raddr));
    Bracket b{lsclk, std::move(r1), rsclk, std::move(r2)};
    SC_TRY_ASSIGN(const Pointing p, interpolate(b, sclkdp, needav));
    return std::optional<Pointing>{p};
  }
  // SCLKDP lies between two intervals: the nearer instance (the right one on a tie), if within
  // the tolerance.
  const double ldiff = sclkdp - lsclk;
  const double rdiff = rsclk - sclkdp;
  if (ldiff <= tol || rdiff <= tol) {
    if (ldiff < rdiff) return single(lsclk, laddr);
    return single(rsclk, raddr);
  }
  return std::optional<Pointing>{};
}

}  // namespace sc::ck
