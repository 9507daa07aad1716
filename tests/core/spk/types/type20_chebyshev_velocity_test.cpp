// SPK type 20 (Chebyshev, velocity only; core/spk/types/type20_chebyshev_velocity): written from
// type 2 and type 3 ephemerides it gives their states back to the fit's consistency; coverage and
// corrupt segments.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <span>
#include <vector>

#include "context.hpp"
#include "fixtures.hpp"
#include "generated_kernels.hpp"
#include "packet_windows.hpp"
#include "segment_files.hpp"
#include "spk/segment_evaluation.hpp"
#include "spk_builders.hpp"
#include "writers/spk/spk_writer_api.hpp"

namespace {

using sc_test::TrailerPatch;
using sc_test::check_outside_coverage;
using sc_test::check_trailer_patches;
using sc_test::only_segment;
using sc_test::fixture_bytes;
using sc_test::ok;
using sc_test::open_spk;
using sc_test::segment_words;
using sc::Context;
using sc::kernels::OutputKind;
using sc::spk::Segment;
using sc::spk::SegmentSpec;
using SpkFile = sc::daf::SegmentFile;

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

TEST_CASE("Type 20 outside its coverage: SPKINSUFFDATA from spkgeo") {
  for (const char* name : {"generated/type20.bsp"}) check_outside_coverage(name);
}

TEST_CASE("Corrupt type 20 segments fail with CSPICE's codes, naming the file") {
  const TrailerPatch patches[] = {
      {"generated/type20.bsp", 0, 0.0, "SPICE(INVALIDCOUNT)"},
      {"generated/type20.bsp", 0, 9.0, "SPICE(INVALIDCOUNT)"},
      {"generated/type20.bsp", 1, 3.0, "SPICE(INVALIDCOUNT)"},   // RSIZE: no coefficients
      {"generated/type20.bsp", 1, 25.0, "SPICE(INVALIDCOUNT)"},  // RSIZE not 3 (NCOF + 1)
      {"generated/type20.bsp", 2, 0.0, "SPICE(INVALIDRADIUS)"},  // INTLEN
      {"generated/type20.bsp", 2, -0.5, "SPICE(INVALIDRADIUS)"},
  };
  check_trailer_patches(patches);
}
