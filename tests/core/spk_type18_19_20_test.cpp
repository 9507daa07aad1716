// SPK types 18, 19 and 20: segments written with spkw18/spkw19/spkw20 and read back through the
// normal segment evaluation. Types 18 and 19 are checked against interpolation over the window
// CSPICE's SPKR18/SPKR19 choose, worked out here by a linear scan and interpolated here with
// SPICELIB's interpolators; type 20 against the type 2 and type 3 ephemerides its records were
// made from. Also the writers' input checks and the readers' errors.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <span>
#include <string>
#include <tuple>
#include <vector>

#include "context.hpp"
#include "kernels/kernel_registry.hpp"
#include "math/chebyshev.hpp"
#include "math/chebyshev_integral.hpp"
#include "math/interpolation.hpp"
#include "segment_files.hpp"
#include "spk/segment_evaluation.hpp"
#include "spk/spk_api.hpp"
#include "generated_kernels.hpp"
#include "writers/spk/spk_writer_api.hpp"
#include "fixtures.hpp"

namespace {

using sc_test::error_code;
using sc_test::fixture_bytes;
using sc_test::ok;
using sc_test::open_spk;
using sc_test::put_double;
using sc_test::same_bits;
using sc_test::segment_words;

using sc::Context;
using sc::kernels::OutputKind;
using sc::spk::Segment;
using sc::spk::SegmentSpec;
using SpkFile = sc::daf::SegmentFile;
using sc::spk::State;

// --- The window CSPICE picks, and interpolation over it, worked out independently ---------------

struct Window {
  std::size_t first;  // 0-based
  std::size_t count;
};

// SPKR18/SPKR19: LOW = the epochs before et (at least 1), then W/2 packets to the left of et and
// up to W/2 to the right, fewer near the ends of the data.
Window expected_window(const std::vector<double>& epochs, std::size_t w, double et) {
  const auto before =
      static_cast<std::size_t>(std::count_if(epochs.begin(), epochs.end(), [&](double e) { return e < et; }));
  const std::size_t low = std::max<std::size_t>(before, 1);
  const std::size_t lsize = std::min(w / 2, low);
  const std::size_t rsize = std::min(w / 2, epochs.size() - low);
  return {low - lsize, lsize + rsize};
}

// SPKE18/SPKE19 on packets first .. first + count - 1: subtype 0 Hermite of position (words 0-2
// with 3-5) and of velocity (6-8 with 9-11); 1 Lagrange of all 6 words; 2 Hermite of position
// with velocity.
State interpolate(int subtype, const std::vector<double>& packets, const std::vector<double>& epochs, Window win,
                  double et) {
  const std::size_t size = subtype == 0 ? 12 : 6;
  const std::vector<double> xs(epochs.begin() + static_cast<std::ptrdiff_t>(win.first),
                               epochs.begin() + static_cast<std::ptrdiff_t>(win.first + win.count));
  auto word = [&](std::size_t k, std::size_t w) { return packets[(win.first + k) * size + w]; };
  auto hermite = [&](std::size_t value, std::size_t derivative) {
    std::vector<double> pairs;
    for (std::size_t k = 0; k < win.count; ++k) {
      pairs.push_back(word(k, value));
      pairs.push_back(word(k, derivative));
    }
    return ok(sc::math::hermite(xs, pairs, et));
  };
  State s{};
  for (std::size_t c = 0; c < 3; ++c) {
    if (subtype == 1) {
      for (std::size_t w : {c, c + 3}) {
        std::vector<double> ys;
        for (std::size_t k = 0; k < win.count; ++k) ys.push_back(word(k, w));
        s[w] = ok(sc::math::lagrange(xs, ys, et));
      }
    } else if (subtype == 0) {
      s[c] = hermite(c, c + 3).value;
      s[c + 3] = hermite(c + 6, c + 9).value;
    } else {
      const auto f = hermite(c, c + 3);
      s[c] = f.value;
      s[c + 3] = f.derivative;
    }
  }
  return s;
}

// Probes in and around every epoch gap, and the epochs themselves.
std::vector<double> probes_around(const std::vector<double>& epochs, double from, double to) {
  std::vector<double> out;
  for (std::size_t k = 0; k < epochs.size(); ++k) {
    const double e = epochs[k];
    for (double p : {e, std::nextafter(e, -1e300), std::nextafter(e, 1e300)}) out.push_back(p);
    if (k + 1 < epochs.size()) out.push_back(e + (epochs[k + 1] - e) * 0.37);
  }
  out.erase(std::remove_if(out.begin(), out.end(), [&](double p) { return p < from || p > to; }), out.end());
  return out;
}

// At a node the interpolants return the node's value up to rounding; Hermite velocities from the
// derivative of the interpolant (subtype 2) carry a few more roundings.
void check_node(const State& got, const std::vector<double>& packets, std::size_t size, std::size_t k) {
  for (std::size_t i = 0; i < 6; ++i) {
    // Subtype 0 packets hold the velocity in words 6-8.
    const std::size_t w = size == 12 && i >= 3 ? i + 3 : i;
    const double want = packets[k * size + w];
    CHECK_MESSAGE(std::fabs(got[i] - want) <= 1e-12 * std::fabs(want) + 1e-12, "packet " << k << " word " << w);
  }
}

Segment only_segment(const SpkFile& file) {
  REQUIRE(sc_test::spk_segments(file).size() == 1);
  return sc_test::spk_segments(file)[0];
}

}  // namespace

TEST_CASE("Type 18: packets at their epochs, windows around et that shrink near the ends, both subtypes") {
  struct Case {
    int subtype, degree;
    std::size_t window;
  };
  // 250 packets: two directory entries (epochs 100 and 200) take part in the search.
  const auto epochs = sc_test::unequal_epochs(250, 1000.0, 60.0);
  for (Case c : {Case{0, 3, 2}, Case{0, 7, 4}, Case{0, 15, 8}, Case{1, 1, 2}, Case{1, 7, 8}, Case{1, 15, 16}}) {
    CAPTURE(c.subtype);
    CAPTURE(c.degree);
    const std::size_t size = c.subtype == 0 ? 12 : 6;
    const auto packets = sc_test::motion_packets(static_cast<int>(size), epochs, 0.0);
    const auto file = open_spk(sc_test::type18_kernel(c.subtype, c.degree, packets, epochs), "type18.bsp");
    const Segment& seg = only_segment(*file);
    CHECK(seg.type == 18);
    // The trailer holds the subtype, the window size implied by the degree, and N.
    const auto words = segment_words(*file, seg);
    CHECK(words[words.size() - 3] == c.subtype);
    CHECK(words[words.size() - 2] == static_cast<double>(c.window));
    CHECK(words.back() == 250.0);
    int compared = 0;
    for (double et : probes_around(epochs, seg.start_et, seg.end_et)) {
      const auto got = ok(sc::spk::evaluate_segment(*file, seg, et));
      const auto want = interpolate(c.subtype, packets, epochs, expected_window(epochs, c.window, et), et);
      CHECK_MESSAGE(same_bits(got, want), "et = " << et);
      ++compared;
    }
    CHECK(compared > 900);
    for (std::size_t k = 0; k < epochs.size(); k += 7) {
      check_node(ok(sc::spk::evaluate_segment(*file, seg, epochs[k])), packets, size, k);
    }
    // Near the start only LOW packets lie to the left: the window shrinks instead of shifting,
    // and the shifted window of W packets (types 9 and 13) would give another answer.
    if (c.window >= 4) {
      const double et = epochs[0] + 10.0;
      const Window w = expected_window(epochs, c.window, et);
      CHECK(w.first == 0);
      CHECK(w.count == c.window / 2 + 1);
      const auto got = ok(sc::spk::evaluate_segment(*file, seg, et));
      CHECK_FALSE(same_bits(got, interpolate(c.subtype, packets, epochs, Window{0, c.window}, et)));
      const double late = epochs[248] + 10.0;  // between the last two epochs
      CHECK(expected_window(epochs, c.window, late).count == c.window / 2 + 1);
    }
  }
}

TEST_CASE("Type 19: each interval uses its own mini-segment, and the boundary flag picks at shared bounds") {
  const auto in = sc_test::three_interval_input();
  // Each mini-segment's packets and epochs, cut from SPKW19's concatenated inputs.
  std::vector<std::vector<double>> packets, epochs;
  std::size_t p = 0, e = 0;
  for (int i = 0; i < in.nintvl; ++i) {
    const std::size_t n = static_cast<std::size_t>(in.npkts[i]);
    const std::size_t words = n * (in.subtps[i] == 0 ? 12 : 6);
    packets.emplace_back(in.packts.begin() + static_cast<std::ptrdiff_t>(p),
                         in.packts.begin() + static_cast<std::ptrdiff_t>(p + words));
    epochs.emplace_back(in.epochs.begin() + static_cast<std::ptrdiff_t>(e),
                        in.epochs.begin() + static_cast<std::ptrdiff_t>(e + n));
    p += words;
    e += n;
  }
  auto window_size = [&](int i) {
    return static_cast<std::size_t>(in.subtps[i] == 1 ? in.degres[i] + 1 : (in.degres[i] + 1) / 2);
  };
  auto expect = [&](int i, double et) {
    return interpolate(in.subtps[i], packets[i], epochs[i], expected_window(epochs[i], window_size(i), et), et);
  };
  for (bool select_last : {true, false}) {
    CAPTURE(select_last);
    const auto file = open_spk(sc_test::type19_kernel(in, select_last), "type19.bsp");
    const Segment& seg = only_segment(*file);
    CHECK(seg.type == 19);
    CHECK(segment_words(*file, seg).end()[-2] == (select_last ? 1.0 : -1.0));
    for (int i = 0; i < in.nintvl; ++i) {
      CAPTURE(i);
      // Strictly inside interval i (the padding epochs outside it are interpolated from but
      // never selected there).
      const double lo = std::nextafter(in.ivlbds[i], 1e300), hi = std::nextafter(in.ivlbds[i + 1], -1e300);
      int compared = 0;
      for (double et : probes_around(epochs[i], lo, hi)) {
        CHECK_MESSAGE(same_bits(ok(sc::spk::evaluate_segment(*file, seg, et)), expect(i, et)), "et = " << et);
        ++compared;
      }
      CHECK(compared > 50);
      // The first packet inside the interval is returned at its epoch.
      const auto k = static_cast<std::size_t>(
          std::find_if(epochs[i].begin(), epochs[i].end(), [&](double t) { return t > in.ivlbds[i]; }) -
          epochs[i].begin());
      check_node(ok(sc::spk::evaluate_segment(*file, seg, epochs[i][k])), packets[i], in.subtps[i] == 0 ? 12 : 6, k);
    }
    // The shared bounds: the later interval with the flag set, the earlier one without. The
    // mini-segments hold differently offset positions, so the two answers differ.
    for (int i = 1; i < in.nintvl; ++i) {
      const double bound = in.ivlbds[i];
      const auto got = ok(sc::spk::evaluate_segment(*file, seg, bound));
      const State later = expect(i, bound), earlier = expect(i - 1, bound);
      CHECK(std::fabs(later[0] - earlier[0]) > 0.1);
      CHECK(same_bits(got, select_last ? later : earlier));
    }
    // The segment's ends belong to the first and last intervals whatever the flag.
    CHECK(same_bits(ok(sc::spk::evaluate_segment(*file, seg, in.ivlbds.front())), expect(0, in.ivlbds.front())));
    CHECK(same_bits(ok(sc::spk::evaluate_segment(*file, seg, in.ivlbds.back())), expect(2, in.ivlbds.back())));
  }
}

TEST_CASE("Type 19 with 250 intervals: the interval directory finds the interval a linear scan finds") {
  const auto in = sc_test::many_interval_input(250);
  std::vector<std::size_t> first_packet{0}, first_epoch{0};
  for (int i = 0; i < in.nintvl; ++i) {
    first_packet.push_back(first_packet.back() + static_cast<std::size_t>(in.npkts[i]) * 6);
    first_epoch.push_back(first_epoch.back() + static_cast<std::size_t>(in.npkts[i]));
  }
  auto expect = [&](int i, double et) {
    const std::vector<double> pk(in.packts.begin() + static_cast<std::ptrdiff_t>(first_packet[i]),
                                 in.packts.begin() + static_cast<std::ptrdiff_t>(first_packet[i + 1]));
    const std::vector<double> ep(in.epochs.begin() + static_cast<std::ptrdiff_t>(first_epoch[i]),
                                 in.epochs.begin() + static_cast<std::ptrdiff_t>(first_epoch[i + 1]));
    return interpolate(1, pk, ep, expected_window(ep, static_cast<std::size_t>(in.degres[i] + 1), et), et);
  };
  for (bool select_last : {true, false}) {
    CAPTURE(select_last);
    const auto file = open_spk(sc_test::type19_kernel(in, select_last), "type19-many.bsp");
    const Segment& seg = only_segment(*file);
    std::vector<double> probes;
    for (double b : in.ivlbds) {
      for (double p : {b, std::nextafter(b, -1e300), std::nextafter(b, 1e300), b + 31.0}) probes.push_back(p);
    }
    for (double et : probes) {
      if (et < seg.start_et || et > seg.end_et) continue;
      // Flag set: the last interval starting at or before et; else the first one ending at or after it.
      int i = 0;
      if (select_last) {
        while (i + 1 < in.nintvl && in.ivlbds[static_cast<std::size_t>(i + 1)] <= et) ++i;
      } else {
        while (in.ivlbds[static_cast<std::size_t>(i + 1)] < et) ++i;
      }
      CHECK_MESSAGE(same_bits(ok(sc::spk::evaluate_segment(*file, seg, et)), expect(i, et)), "et = " << et);
    }
  }
}

TEST_CASE("CHBIGR: a Chebyshev expansion and its integral, zero at the midpoint") {
  // SPICELIB's example: 6 S^5 on [10, 30]; the integral 10 S^6 is 10 at x = 30.
  const std::vector<double> cp = {0.0, 3.75, 0.0, 1.875, 0.0, 0.375};
  const auto r = sc::math::chebyshev_value_and_integral(cp, 20.0, 10.0, 30.0);
  CHECK(r.value == doctest::Approx(6.0).epsilon(1e-15));
  CHECK(r.integral == doctest::Approx(10.0).epsilon(1e-15));
  // Single polynomials T_0 .. T_3 on [x0 - h, x0 + h] against their integrals in closed form.
  const double x0 = 5.0, h = 2.5;
  for (double x : {2.5, 3.1, 5.0, 6.4, 7.5}) {
    const double s = (x - x0) / h;
    const double integrals[4] = {s, s * s / 2, 2 * s * s * s / 3 - s, s * s * s * s - 1.5 * s * s};
    const double values[4] = {1, s, 2 * s * s - 1, 4 * s * s * s - 3 * s};
    for (std::size_t k = 0; k < 4; ++k) {
      std::vector<double> c(k + 1, 0.0);
      c[k] = 1.0;
      const auto f = sc::math::chebyshev_value_and_integral(c, x0, h, x);
      CHECK(f.value == doctest::Approx(values[k]).epsilon(1e-14));
      CHECK(f.integral == doctest::Approx(h * integrals[k]).epsilon(1e-14).scale(1.0));
    }
  }
}

namespace {

// The Chebyshev coefficients of dp/ds for p = sum a_k T_k (degree n): b_{k-1} = b_{k+1} + 2 k a_k,
// b_0 halved.
std::vector<double> derivative_coefficients(std::span<const double> a) {
  const std::size_t n = a.size() - 1;
  std::vector<double> b(n + 1, 0.0);
  for (std::size_t k = n; k >= 1; --k) b[k - 1] = (k + 1 <= n ? b[k + 1] : 0.0) + 2.0 * static_cast<double>(k) * a[k];
  b[0] /= 2;
  b.pop_back();
  return b;
}

Segment segment_for(const SpkFile& file, int body) {
  for (const auto& s : sc_test::spk_segments(file)) {
    if (s.target == body) return s;
  }
  FAIL("no segment for body " << body);
  return sc_test::spk_segments(file)[0];
}

struct Type20Source {
  std::vector<double> cdata;
  double intlen_days, initjd, initfr;
  int n, polydg;
};

// Type 20 records from a type 2 or 3 segment: velocity coefficients (the type 3 ones, or the type
// 2 position's derivative), and the source's position at each record's midpoint.
Type20Source type20_from(const SpkFile& file, const Segment& seg) {
  const auto w = segment_words(file, seg);
  const double init = w[w.size() - 4], intlen = w[w.size() - 3];
  const auto rsize = static_cast<std::size_t>(w[w.size() - 2]);
  const int n = static_cast<int>(w.back());
  const std::size_t ncof = (rsize - 2) / (seg.type == 2 ? 3 : 6);
  Type20Source out;
  out.n = n;
  out.intlen_days = intlen / 86400.0;
  const double days = std::floor(init / 86400.0);
  out.initjd = 2451545.0 + days;
  out.initfr = (init - days * 86400.0) / 86400.0;
  for (int r = 0; r < n; ++r) {
    const double* rec = w.data() + static_cast<std::size_t>(r) * rsize;
    const double mid = rec[0], radius = rec[1];
    const auto at_mid = ok(sc::spk::evaluate_segment(file, seg, mid));
    for (std::size_t c = 0; c < 3; ++c) {
      std::vector<double> v;
      if (seg.type == 3) {
        v.assign(rec + 2 + (c + 3) * ncof, rec + 2 + (c + 4) * ncof);
      } else {
        v = derivative_coefficients(std::span<const double>(rec + 2 + c * ncof, ncof));
        for (double& x : v) x /= radius;  // d/ds to d/dt
      }
      out.polydg = static_cast<int>(v.size()) - 1;
      out.cdata.insert(out.cdata.end(), v.begin(), v.end());
      out.cdata.push_back(at_mid[c]);
    }
  }
  return out;
}

std::shared_ptr<const SpkFile> write_type20(const Segment& seg, const Type20Source& src, double dscale = 1.0,
                                            double tscale = 1.0) {
  Context ctx;
  const int h = ok(sc::spk::spkopn(ctx, "/kernels/t20.bsp", "t20", 0, OutputKind::virtual_output));
  const SegmentSpec spec{seg.target, seg.center, "J2000", {}, seg.start_et, seg.end_et, "TYPE 20 COPY"};
  std::vector<double> cdata = src.cdata;
  for (double& x : cdata) x /= dscale;
  // Velocity coefficients carry distance per time unit.
  const std::size_t per = static_cast<std::size_t>(src.polydg) + 2;
  for (std::size_t i = 0; i < cdata.size(); ++i) {
    if (i % per != per - 1) cdata[i] *= tscale;
  }
  REQUIRE(
      sc::spk::spkw20(ctx, h, spec, src.intlen_days, src.n, src.polydg, cdata, dscale, tscale, src.initjd, src.initfr)
          .ok());
  auto closed = ok(sc::spk::spkcls(ctx, h));
  auto span = closed.bytes.span();
  return open_spk(std::vector<std::uint8_t>(span.begin(), span.end()), "t20.bsp");
}

struct Deviation {
  double position = 0, velocity = 0;  // largest relative differences
  int identical_velocities = 0, compared = 0;
};

Deviation compare(const SpkFile& a, const Segment& sa, const SpkFile& b, const Segment& sb, int samples) {
  Deviation d;
  for (int k = 0; k <= samples; ++k) {
    const double et = sa.start_et + (sa.end_et - sa.start_et) * k / samples;
    const auto x = ok(sc::spk::evaluate_segment(a, sa, et));
    const auto y = ok(sc::spk::evaluate_segment(b, sb, et));
    const double r = std::sqrt(x[0] * x[0] + x[1] * x[1] + x[2] * x[2]);
    const double v = std::sqrt(x[3] * x[3] + x[4] * x[4] + x[5] * x[5]);
    for (std::size_t i = 0; i < 3; ++i) {
      d.position = std::max(d.position, std::fabs(x[i] - y[i]) / r);
      d.velocity = std::max(d.velocity, std::fabs(x[i + 3] - y[i + 3]) / v);
    }
    d.identical_velocities += std::memcmp(x.data() + 3, y.data() + 3, 3 * sizeof(double)) == 0;
    ++d.compared;
  }
  return d;
}

}  // namespace

TEST_CASE("Type 20 from a type 2 ephemeris: the position's derivative and midpoint positions give its states back") {
  // The DE430 Moon (type 2): velocity coefficients are the exact derivative of the position
  // expansion, so integrating them from the stored midpoint position reproduces the position
  // polynomial up to rounding; the velocity is that derivative, which type 2 evaluates with
  // CHBINT's own recurrence (again equal up to rounding).
  const auto de430 = open_spk(fixture_bytes("spk/de430-2015-03-02.bsp"), "de430.bsp");
  const Segment& moon = segment_for(*de430, 301);
  REQUIRE(moon.type == 2);
  const auto src = type20_from(*de430, moon);
  // The excerpt's records start on a whole or half day: the two-part date is exact.
  CHECK((src.initjd - 2451545.0 + src.initfr) * 86400.0 == segment_words(*de430, moon).end()[-4]);
  const auto copy = write_type20(moon, src);
  const Segment& seg = only_segment(*copy);
  CHECK(seg.type == 20);
  const auto d = compare(*de430, moon, *copy, seg, 400);
  MESSAGE("type 2 -> 20: position " << d.position << ", velocity " << d.velocity << " (relative)");
  CHECK(d.position < 1e-14);
  CHECK(d.velocity < 1e-13);
  // The same records in AU and days (DSCALE, TSCALE) agree with the km/s version to rounding.
  const auto scaled = write_type20(moon, src, 149597870.7, 86400.0);
  const auto ds = compare(*copy, seg, *scaled, only_segment(*scaled), 100);
  CHECK(ds.position < 1e-15);
  CHECK(ds.velocity < 1e-15);
}

TEST_CASE("Type 20 from a type 3 ephemeris: the same velocities, positions to the fit's consistency") {
  // Io (type 3): the velocity coefficients are copied, and SPKR20 rebuilds each record's midpoint
  // and radius with the same bits as the type 3 record's (whole-day records from a whole or half
  // day), so velocities come out bit for bit (CHBIGR sums the expansion as CHBVAL does). Positions
  // are the integral of the velocity expansion from the midpoint position: they can only agree
  // with the type 3 position expansion as far as the source's two expansions are consistent. In
  // this kernel they are consistent to rounding (a few 1e-16 relative); 1e-13 leaves room for
  // rounding only, so an inconsistent fit or a wrong integral would fail.
  const auto jup = open_spk(fixture_bytes("spk/jup310-2015-03-02.bsp"), "jup310.bsp");
  const Segment& io = segment_for(*jup, 501);
  REQUIRE(io.type == 3);
  const auto copy = write_type20(io, type20_from(*jup, io));
  const auto d = compare(*jup, io, *copy, only_segment(*copy), 400);
  MESSAGE("type 3 -> 20: position " << d.position << ", velocity " << d.velocity << " (relative), "
                                    << d.identical_velocities << " of " << d.compared << " velocities identical");
  CHECK(d.identical_velocities == d.compared);
  CHECK(d.position < 1e-13);
}

TEST_CASE("Writers 18, 19 and 20 check their input with CSPICE's codes and leave the file unchanged") {
  Context ctx;
  const int h = ok(sc::spk::spkopn(ctx, "/kernels/bad.bsp", "bad", 0, OutputKind::virtual_output));
  const auto before = ok(ctx.outputs().writer(h))->bytes();
  const std::string long_id(41, 'X');
  const auto epochs = sc_test::unequal_epochs(10, 0.0, 100.0);  // 0 .. 914
  const auto p12 = sc_test::motion_packets(12, epochs, 0.0);
  const SegmentSpec good{3, 10, "J2000", {}, 0.0, 900.0, "GOOD"};
  auto with = [&](auto change) {
    SegmentSpec s = good;
    change(s);
    return s;
  };

  auto w18 = [&](SegmentSpec s, int subtype = 0, int degree = 7, std::vector<double> e = {}) {
    if (e.empty()) e = epochs;
    return error_code(sc::spk::spkw18(ctx, h, s, subtype, degree, static_cast<int>(e.size()), p12, e));
  };
  CHECK(w18(good, 2) == "SPICE(INVALIDVALUE)");
  CHECK(w18(with([](auto& s) { s.frame = "NOT_A_FRAME"; })) == "SPICE(INVALIDREFFRAME)");
  CHECK(w18(with([&](auto& s) { s.segid = long_id; })) == "SPICE(SEGIDTOOLONG)");
  CHECK(w18(with([](auto& s) { s.segid = "A\tB"; })) == "SPICE(NONPRINTABLECHARS)");
  CHECK(w18(good, 0, 0) == "SPICE(INVALIDDEGREE)");
  CHECK(w18(good, 0, 19) == "SPICE(INVALIDDEGREE)");  // CSPICE N0067 writes type 18 up to degree 15
  CHECK(w18(good, 0, 5) == "SPICE(INVALIDDEGREE)");   // window 3: Hermite degrees are 3 mod 4
  CHECK(w18(good, 1, 6) == "SPICE(INVALIDDEGREE)");   // window 7: Lagrange degrees are odd
  CHECK(w18(good, 0, 7, {0.0}) == "SPICE(TOOFEWSTATES)");
  CHECK(w18(with([](auto& s) { s.first = 901; })) == "SPICE(BADDESCRTIMES)");
  auto swapped = epochs;
  std::swap(swapped[3], swapped[4]);
  CHECK(w18(good, 0, 7, swapped) == "SPICE(TIMESOUTOFORDER)");
  CHECK(w18(with([](auto& s) { s.first = -1; })) == "SPICE(BADDESCRTIMES)");
  CHECK(w18(with([](auto& s) { s.last = 915; })) == "SPICE(BADDESCRTIMES)");
  CHECK(ok(ctx.outputs().writer(h))->bytes() == before);
  // A single-instant segment is accepted (SPKW18 refuses only first > last), as is degree 15.
  CHECK(w18(with([](auto& s) { s.last = 0; })) == "(ok)");
  CHECK(w18(good, 1, 15) == "(ok)");

  const auto before19 = ok(ctx.outputs().writer(h))->bytes();
  auto in = sc_test::three_interval_input();
  const SegmentSpec g19{3, 10, "J2000", {}, 0.0, 9500.0, "GOOD 19"};
  auto w19 = [&](const sc_test::Type19Input& x, SegmentSpec s = SegmentSpec{3, 10, "J2000", {}, 0.0, 9500.0, "G"}) {
    return error_code(
        sc::spk::spkw19(ctx, h, s, x.nintvl, x.npkts, x.subtps, x.degres, x.packts, x.epochs, x.ivlbds, true));
  };
  auto changed = [&](auto change) {
    auto x = in;
    change(x);
    return x;
  };
  CHECK(w19(in, SegmentSpec{3, 10, "J2000", {}, 10.0, 9.0, "G"}) == "SPICE(BADDESCRTIMES)");
  CHECK(w19(in, SegmentSpec{3, 10, "NOPE", {}, 0.0, 9500.0, "G"}) == "SPICE(INVALIDREFFRAME)");
  CHECK(w19(in, SegmentSpec{3, 10, "J2000", {}, 0.0, 9500.0, long_id + "\t"}) == "SPICE(SEGIDTOOLONG)");
  CHECK(w19(in, SegmentSpec{3, 10, "J2000", {}, 0.0, 9500.0, "\x01"}) == "SPICE(NONPRINTABLECHARS)");
  CHECK(w19(changed([](auto& x) { x.nintvl = 0; })) == "SPICE(INVALIDCOUNT)");
  CHECK(w19(changed([](auto& x) { x.ivlbds[2] = 6000.0; })) == "SPICE(BOUNDSOUTOFORDER)");
  CHECK(w19(in, SegmentSpec{3, 10, "J2000", {}, -1.0, 9500.0, "G"}) == "SPICE(COVERAGEGAP)");
  CHECK(w19(in, SegmentSpec{3, 10, "J2000", {}, 0.0, 9500.5, "G"}) == "SPICE(COVERAGEGAP)");
  CHECK(w19(changed([](auto& x) { x.npkts[1] = 1; })) == "SPICE(TOOFEWPACKETS)");
  CHECK(w19(changed([](auto& x) { x.subtps[2] = 3; })) == "SPICE(INVALIDSUBTYPE)");
  CHECK(w19(changed([](auto& x) { x.degres[0] = 31; })) == "SPICE(INVALIDDEGREE)");
  CHECK(w19(changed([](auto& x) { x.degres[0] = 0; })) == "SPICE(INVALIDDEGREE)");
  CHECK(w19(changed([](auto& x) { x.degres[1] = 4; })) == "SPICE(BADWINDOWSIZE)");  // window 5
  CHECK(w19(changed([](auto& x) { x.degres[2] = 5; })) == "SPICE(BADWINDOWSIZE)");  // Hermite window 3
  CHECK(w19(changed([](auto& x) { std::swap(x.epochs[130], x.epochs[131]); })) == "SPICE(TIMESOUTOFORDER)");
  CHECK(w19(changed([](auto& x) { x.ivlbds[0] = -400.0; })) == "SPICE(BOUNDSDISAGREE)");
  CHECK(w19(changed([](auto& x) { x.ivlbds[3] = 9700.0; })) == "SPICE(BOUNDSDISAGREE)");
  // The checks run interval by interval: a bad interval 1 is reported before a bad interval 3.
  CHECK(w19(changed([](auto& x) {
          x.subtps[2] = 7;
          x.degres[0] = 2;
        })) == "SPICE(BADWINDOWSIZE)");
  CHECK(ok(ctx.outputs().writer(h))->bytes() == before19);
  CHECK(w19(in, g19) == "(ok)");
  const auto before20 = ok(ctx.outputs().writer(h))->bytes();

  std::vector<double> cdata(3 * 8 * 2, 1.0);  // degree 6, 2 records
  const SegmentSpec g20{3, 10, "J2000", {}, 0.0, 86400.0, "G20"};
  auto w20 = [&](SegmentSpec s, double intlen = 0.5, int n = 2, int degree = 6, double dscale = 1, double tscale = 1,
                 double initjd = 2451545.0, double initfr = 0.0) {
    return error_code(sc::spk::spkw20(ctx, h, s, intlen, n, degree, cdata, dscale, tscale, initjd, initfr));
  };
  CHECK(w20(g20, 0.5, 0) == "SPICE(INVALIDCOUNT)");
  CHECK(w20(g20, 0.5, 2, -1) == "SPICE(INVALIDDEGREE)");
  CHECK(w20(g20, 0.5, 2, 51) == "SPICE(INVALIDDEGREE)");
  CHECK(w20(g20, 0.0) == "SPICE(INTLENNOTPOS)");
  CHECK(w20(with([](auto& s) { s.frame = "NOPE"; })) == "SPICE(INVALIDREFFRAME)");
  CHECK(w20(SegmentSpec{3, 10, "J2000", {}, 10.0, 0.0, "G20"}) == "SPICE(BADDESCRTIMES)");
  CHECK(w20(g20, 0.5, 2, 6, 0.0) == "SPICE(NONPOSITIVESCALE)");
  CHECK(w20(g20, 0.5, 2, 6, 1.0, -1.0) == "SPICE(NONPOSITIVESCALE)");
  CHECK(w20(g20, 0.5, 2, 6, 1, 1, 2451545.0, 0.001) == "SPICE(COVERAGEGAP)");  // records start 86.4 s late
  CHECK(w20(g20, 0.4) == "SPICE(COVERAGEGAP)");                                // and end 17280 s early
  CHECK(w20(SegmentSpec{3, 10, "J2000", {}, 0.0, 86400.0, long_id}) == "SPICE(IDSTRINGTOOLONG)");
  CHECK(w20(SegmentSpec{3, 10, "J2000", {}, 0.0, 86400.0, "A\x7f"}) == "SPICE(NONPRINTABLECHARS)");
  CHECK(ok(ctx.outputs().writer(h))->bytes() == before20);
  // SPKW20's tolerance is 1e-13 of the records' largest |epoch|, here 8.64e-9 s.
  CHECK(w20(SegmentSpec{3, 10, "J2000", {}, 0.0, 86400.000000008, "G20"}) == "(ok)");
  CHECK(w20(SegmentSpec{3, 10, "J2000", {}, 0.0, 86400.00000001, "G20"}) == "SPICE(COVERAGEGAP)");
  CHECK(w20(g20) == "(ok)");
  CHECK(ok(ctx.outputs().writer(h))->array_count() == 5);  // the five accepted segments
}

TEST_CASE("Outside their coverage: TIMEOUTOFBOUNDS from the type 18 and 19 readers, SPKINSUFFDATA from spkgeo") {
  for (const char* name : {"generated/type18-hermite.bsp", "generated/type18-lagrange.bsp", "generated/type19.bsp",
                           "generated/type20.bsp"}) {
    CAPTURE(name);
    const auto bytes = sc_test::generated_kernel(name);
    const auto file = open_spk(bytes, name);
    const Segment& seg = only_segment(*file);
    const double before = seg.start_et - 1.0, after = seg.end_et + 1.0;
    if (seg.type != 20) {
      for (double et : {before, after}) {
        auto s = sc::spk::evaluate_segment(*file, seg, et);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().short_code == "SPICE(TIMEOUTOFBOUNDS)");
        CHECK(s.error().long_msg.find(name) != std::string::npos);
      }
    }
    sc::kernels::KernelRegistry r;
    REQUIRE(r.furnsh_bytes(std::string("/kernels/") + name, sc::io::Bytes::from_vector(bytes)).ok());
    const auto inside = sc::spk::geometric_state_j2000(r, 1000, (seg.start_et + seg.end_et) / 2, 399);
    REQUIRE_MESSAGE(inside.ok(), (inside.ok() ? "" : inside.error().long_msg));
    CHECK(same_bits(*inside, ok(sc::spk::evaluate_segment(*file, seg, (seg.start_et + seg.end_et) / 2))));
    for (double et : {before, after}) {
      CHECK(error_code(sc::spk::geometric_state_j2000(r, 1000, et, 399)) == "SPICE(SPKINSUFFDATA)");
    }
  }
}

namespace {

}  // namespace

TEST_CASE("Corrupt type 18, 19 and 20 segments fail with CSPICE's codes, naming the file") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  struct Patch {
    const char* kernel;
    long long from_end;  // 0 = the segment's last word
    double value;
    const char* code;
  };
  const Patch patches[] = {
      {"generated/type18-hermite.bsp", 0, 1.0, "SPICE(TOOFEWSTATES)"},
      {"generated/type18-hermite.bsp", 0, 1e9, "SPICE(INVALIDCOUNT)"},
      {"generated/type18-hermite.bsp", 0, 131.0, "SPICE(INVALIDCOUNT)"},  // one packet more than fits
      {"generated/type18-hermite.bsp", 0, nan, "SPICE(INVALIDCOUNT)"},
      {"generated/type18-hermite.bsp", 2, 2.0, "SPICE(NOTSUPPORTED)"},
      {"generated/type18-hermite.bsp", 1, 10.0, "SPICE(INVALIDVALUE)"},  // above 8 for subtype 0
      {"generated/type18-hermite.bsp", 1, 3.0, "SPICE(INVALIDVALUE)"},   // odd
      {"generated/type18-hermite.bsp", 1, 0.0, "SPICE(INVALIDVALUE)"},
      {"generated/type18-lagrange.bsp", 1, 18.0, "SPICE(INVALIDVALUE)"},  // above 16 for subtype 1
      {"generated/type19.bsp", 0, 0.0, "SPICE(INVALIDCOUNT)"},
      {"generated/type19.bsp", 0, 1e6, "SPICE(INVALIDCOUNT)"},
      {"generated/type19.bsp", 5, -3.0, "SPICE(INVALIDCOUNT)"},  // pointer 1 (3 intervals)
      {"generated/type19.bsp", 4, 2.0, "SPICE(INVALIDCOUNT)"},   // pointer 2: mini-segment 1 too short
      {"generated/type19.bsp", 9, 5000.0, "SPICE(BUG)"},         // bound 1 after et: no interval has it
      {"generated/type20.bsp", 0, 0.0, "SPICE(INVALIDCOUNT)"},
      {"generated/type20.bsp", 0, 9.0, "SPICE(INVALIDCOUNT)"},
      {"generated/type20.bsp", 1, 3.0, "SPICE(INVALIDCOUNT)"},   // RSIZE: no coefficients
      {"generated/type20.bsp", 1, 25.0, "SPICE(INVALIDCOUNT)"},  // RSIZE not 3 (NCOF + 1)
      {"generated/type20.bsp", 2, 0.0, "SPICE(INVALIDRADIUS)"},  // INTLEN
      {"generated/type20.bsp", 2, -0.5, "SPICE(INVALIDRADIUS)"},
  };
  for (const Patch& p : patches) {
    CAPTURE(p.kernel);
    CAPTURE(p.from_end);
    CAPTURE(p.value);
    auto bytes = sc_test::generated_kernel(p.kernel);
    const Segment seg = only_segment(*open_spk(bytes, p.kernel));
    put_double(bytes, seg.end - p.from_end, p.value);
    const auto damaged = open_spk(bytes, p.kernel);
    auto s = sc::spk::evaluate_segment(*damaged, only_segment(*damaged), (seg.start_et + seg.end_et) / 2);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().short_code == p.code);
    CHECK_MESSAGE(s.error().long_msg.find(p.kernel) != std::string::npos, s.error().long_msg);
  }
  // Type 19 mini-segment controls: the middle interval's subtype and window.
  const auto in = sc_test::three_interval_input();
  auto bytes = sc_test::generated_kernel("generated/type19.bsp");
  const Segment seg = only_segment(*open_spk(bytes, "t19"));
  const auto words = segment_words(*open_spk(bytes, "t19"), seg);
  const auto n = static_cast<long long>(words.back());
  const long long pointer3 = static_cast<long long>(words[words.size() - 2 - static_cast<std::size_t>(n + 1) + 2]);
  const long long control2 = seg.begin + pointer3 - 2 - 2;  // subtype of mini-segment 2
  const double et = (in.ivlbds[1] + in.ivlbds[2]) / 2;
  for (auto [offset, value, code] : {std::tuple{0LL, 5.0, "SPICE(NOTSUPPORTED)"},
                                     {1LL, 9.0, "SPICE(INVALIDVALUE)"},
                                     {1LL, 30.0, "SPICE(INVALIDVALUE)"},
                                     {2LL, 1e5, "SPICE(INVALIDCOUNT)"}}) {
    auto b = bytes;
    put_double(b, control2 + offset, value);
    const auto damaged = open_spk(b, "mini.bsp");
    auto s = sc::spk::evaluate_segment(*damaged, only_segment(*damaged), et);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().short_code == code);
    CHECK(s.error().long_msg.find("mini.bsp") != std::string::npos);
  }
}
