// PCK type 20 (core/pck/type20_chebyshev_angle_rates): a type 20 copy of the MOON_PA_DE421 type 2
// PCK gives the same angles, rates and pxform/sxform to rounding; units, the modulo of w and the
// record choice on a synthetic segment; corrupt and randomly damaged segments fail cleanly.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <span>
#include <string>
#include <vector>

#include "context.hpp"
#include "daf/daf_writer.hpp"
#include "fixtures.hpp"
#include "frames/frames_api.hpp"
#include "io/host_file_reader.hpp"
#include "math/angles.hpp"
#include "math/chebyshev.hpp"
#include "math/euler.hpp"
#include "math/rotation.hpp"
#include "pck/pck_api.hpp"
#include "pck/segment_evaluation.hpp"
#include "pck/type02_chebyshev_angles.hpp"
#include "pck/type20_chebyshev_angle_rates.hpp"
#include "pck_kernels.hpp"
#include "segment_files.hpp"
#include "writers/pck/pckw20_chebyshev_angle_rates.hpp"

namespace {

using sc_test::error_code;
using sc_test::fixture_bytes;
using sc_test::kMoonPaDe421;
using sc_test::kMoonPck;
using sc_test::new_pck;
using sc_test::open_pck;
using sc_test::ok;
using sc::math::EulerState;
using PckFile = sc::daf::SegmentFile;
using sc::pck::Segment;

constexpr double kEps = std::numeric_limits<double>::epsilon();

constexpr double kJ2000 = 2451545.0;

constexpr double kDay = 86400.0;

const std::string kFixtures = SC_FIXTURES_DIR;

void put_word(std::vector<std::uint8_t>& bytes, long long address, double value) {
  std::memcpy(bytes.data() + (address - 1) * 8, &value, 8);  // the host and the file are little-endian
}

// d/ds of sum c_k T_k(s) as a Chebyshev series of one degree less: d_{k-1} = d_{k+1} + 2 k c_k
// from the top down, then d_0 halved.
std::vector<double> derivative_coefficients(std::span<const double> c) {
  const std::size_t degree = c.size() - 1;
  std::vector<double> d(degree + 2, 0.0);
  for (std::size_t k = degree; k >= 1; --k) d[k - 1] = d[k + 1] + 2.0 * static_cast<double>(k) * c[k];
  d[0] *= 0.5;
  d.resize(std::max<std::size_t>(degree, 1));
  return d;
}

struct Type2Directory {
  double init, intlen;  // seconds
  long long rsize, n;
};

Type2Directory type2_directory(const PckFile& f, const Segment& s) {
  std::array<double, 4> d{};
  REQUIRE(f.daf().read_words(s.end - 3, d).ok());
  return {d[0], d[1], static_cast<long long>(d[2]), static_cast<long long>(d[3])};
}

std::vector<double> type2_record(const PckFile& f, const Segment& s, const Type2Directory& dir, long long recno) {
  std::vector<double> words(static_cast<std::size_t>(dir.rsize));
  REQUIRE(f.daf().read_words(s.begin + (recno - 1) * dir.rsize, words).ok());
  return words;
}

struct Stretch {
  long long first_record;  // 1-based, in the type 2 segment
  int count;
  double first, last;  // the type 20 segment's coverage: the records', within the type 2 coverage
};

// Writes type 2 records first_record .. first_record + count - 1 as a type 20 segment: the rate
// coefficients are the exact derivatives of the angle series in the record's scaled time s, so
// TSCALE is the record's radius and ASCALE one radian; the angles are the type 2 series at the
// midpoint (s = 0), unreduced.
Stretch write_stretch(sc::daf::DafWriter& out, const PckFile& f, const Segment& s, long long first_record,
                      int count) {
  const Type2Directory dir = type2_directory(f, s);
  const std::size_t ncof = static_cast<std::size_t>((dir.rsize - 2) / 3);
  std::vector<double> cdata;
  double radius = 0;
  for (long long r = first_record; r < first_record + count; ++r) {
    const auto words = type2_record(f, s, dir, r);
    radius = words[1];
    for (std::size_t i = 0; i < 3; ++i) {
      const auto series = std::span<const double>(words).subspan(2 + i * ncof, ncof);
      const auto rate = derivative_coefficients(series);
      cdata.insert(cdata.end(), rate.begin(), rate.end());
      cdata.push_back(sc::math::chebyshev_value(series, words[0], words[1], words[0]));
    }
  }
  REQUIRE(radius * 2 == dir.intlen);
  const double start = dir.init + static_cast<double>(first_record - 1) * dir.intlen;
  const double start_jd = kJ2000 + start / kDay;  // exact: the records start on whole or half days
  const double initjd = std::floor(start_jd);
  REQUIRE((initjd - kJ2000 + (start_jd - initjd)) * kDay == start);
  Stretch st{first_record, count, std::max(start, s.start_et),
             std::min(start + count * dir.intlen, s.end_et)};
  ok(sc::pck::pckw20(out, kMoonPaDe421, 1, st.first, st.last, "MOON_PA_DE421 AS TYPE 20", dir.intlen / kDay, count,
                     static_cast<int>(ncof) - 2, cdata, 1.0, radius, initjd, start_jd - initjd));
  return st;
}

// A context holding the lunar FK (MOON_PA_DE421 is PCK class 31006) and one binary PCK.
sc::Context context_with(const std::string& pck_name, std::vector<std::uint8_t> pck) {
  sc::Context ctx(sc::io::map_host_file);
  ok(ctx.kernels().furnsh(kFixtures + "/kernels/fk/moon_080317.tf"));
  ok(ctx.kernels().furnsh_bytes(pck_name, sc::io::Bytes::from_vector(std::move(pck))));
  return ctx;
}

std::optional<Segment> covering(const PckFile& f, double et) {
  const auto segments = sc_test::pck_segments(f);
  for (std::uint32_t i : f.search_order(kMoonPaDe421)) {
    if (segments[i].covers(et)) return segments[i];
  }
  return std::nullopt;
}

// The difference of two angles reduced modulo 2 pi, taken across the wrap.
double angle_difference(double a, double b) { return std::remainder(a - b, 2 * sc::math::kPi); }

}  // namespace

TEST_CASE("Type 20 copy of the MOON_PA_DE421 type 2 PCK: same angles, rates and pxform/sxform to rounding") {
  const auto type2_bytes = fixture_bytes(kMoonPck);
  const auto type2 = open_pck(type2_bytes, "moon.bpc");
  const Segment original = sc_test::pck_segments(*type2)[0];
  REQUIRE(original.type == 2);
  const Type2Directory dir = type2_directory(*type2, original);
  REQUIRE(dir.rsize == 32);  // degree 9 angles: degree 8 rates
  REQUIRE(dir.n == 6895);

  // Three stretches: the file's first records (the type 2 coverage starts at record 1's midpoint),
  // some in the middle, and the last ones (the coverage ends at record N's midpoint). |w| grows
  // from about 300 rad in the middle to about 6800 rad at the ends.
  auto out = new_pck();
  std::vector<Stretch> stretches;
  for (auto [first, count] : {std::pair{1LL, 40}, {3000LL, 200}, {6856LL, 40}}) {
    stretches.push_back(write_stretch(out, *type2, original, first, count));
  }
  const std::vector<std::uint8_t> type20_bytes = out.bytes();
  const auto type20 = open_pck(type20_bytes, "moon20.bpc");
  REQUIRE(sc_test::pck_segments(*type20).size() == 3);
  for (const Segment& s : sc_test::pck_segments(*type20)) {
    CHECK(s.type == 20);
    CHECK(s.class_id == kMoonPaDe421);
    CHECK(s.base_frame == 1);
    CHECK(s.name == "MOON_PA_DE421 AS TYPE 20");
  }
  CHECK(sc_test::pck_segments(*type20)[0].start_et == original.start_et);
  CHECK(sc_test::pck_segments(*type20)[2].end_et == original.end_et);

  const sc::Context ctx2 = context_with("/kernels/moon.bpc", type2_bytes);
  const sc::Context ctx20 = context_with("/kernels/moon20.bpc", type20_bytes);

  for (const Stretch& st : stretches) {
    // Evenly spread epochs over [first, last), plus every record boundary and midpoint. The
    // stretch's own last instant is left out in the middle: there type 20 clamps to its last
    // record while type 2 moves on to the next one.
    std::vector<double> epochs;
    constexpr int kSamples = 1000;
    for (int k = 0; k < kSamples; ++k) epochs.push_back(st.first + (st.last - st.first) * k / kSamples);
    for (long long r = st.first_record; r < st.first_record + st.count; ++r) {
      const double start = dir.init + static_cast<double>(r - 1) * dir.intlen;
      for (double et : {start, start + dir.intlen / 2, std::nextafter(start, -1e300)}) {
        if (et >= st.first && et < st.last) epochs.push_back(et);
      }
    }
    if (st.last == original.end_et) epochs.push_back(st.last);

    double worst_pd = 0, worst_w = 0, worst_w_ulps = 0, worst_rate = 0, worst_r = 0, worst_r_ulps = 0, worst_dr = 0,
           worst_dr_ulps = 0;
    int identical_angles = 0, identical_matrices = 0;
    for (double et : epochs) {
      // The unreduced w at the record's midpoint sets the scale of w's rounding in both files.
      const long long recno = std::clamp(static_cast<long long>((et - dir.init) / dir.intlen) + 1, 1LL, dir.n);
      const auto rec = type2_record(*type2, original, dir, recno);
      const double w_scale = std::fabs(sc::math::chebyshev_value(std::span<const double>(rec).subspan(22, 10), rec[0],
                                                                 rec[1], rec[0])) +
                             1.0;

      const std::optional<Segment> seg20 = covering(*type20, et);
      REQUIRE(seg20.has_value());
      const EulerState a = ok(sc::pck::evaluate_type02_angles(*type2, original, et));
      const EulerState b = ok(sc::pck::evaluate_type20_angles(*type20, *seg20, et));
      identical_angles += a == b;
      worst_pd = std::max({worst_pd, std::fabs(a[0] - b[0]), std::fabs(a[1] - b[1])});
      const double dw = std::fabs(angle_difference(a[2], b[2]));
      worst_w = std::max(worst_w, dw);
      worst_w_ulps = std::max(worst_w_ulps, dw / (kEps * w_scale));
      const double speed = std::fabs(a[5]);  // dw/dt dominates the angular velocity
      for (int i = 3; i < 6; ++i) worst_rate = std::max(worst_rate, std::fabs(a[i] - b[i]) / speed);

      const auto x2 = ok(sc::frames::sxform(ctx2, "J2000", "MOON_PA_DE421", et));
      const auto x20 = ok(sc::frames::sxform(ctx20, "J2000", "MOON_PA_DE421", et));
      const auto r2 = ok(sc::frames::pxform(ctx2, "J2000", "MOON_PA_DE421", et));
      const auto r20 = ok(sc::frames::pxform(ctx20, "J2000", "MOON_PA_DE421", et));
      identical_matrices += x2 == x20;
      for (int i = 0; i < 3; ++i) {
        for (int j = 0; j < 3; ++j) {
          const double dr = std::fabs(r2[i][j] - r20[i][j]);
          worst_r = std::max(worst_r, dr);
          worst_r_ulps = std::max(worst_r_ulps, dr / (kEps * w_scale));
          // The derivative block rotates with the angles: its differences follow those of w.
          const double ddr = std::fabs(x2[i + 3][j] - x20[i + 3][j]) / speed;
          worst_dr = std::max(worst_dr, ddr);
          worst_dr_ulps = std::max(worst_dr_ulps, ddr / (kEps * w_scale));
        }
      }
    }
    MESSAGE("type 2 records " << st.first_record << ".." << st.first_record + st.count - 1 << ", " << epochs.size()
                              << " epochs: |d phi|, |d delta| <= " << worst_pd << " rad; |d w| <= " << worst_w
                              << " rad = " << worst_w_ulps << " eps * (|w| + 1); rates <= " << worst_rate
                              << " * |dw/dt|; rotation elements <= " << worst_r << " = " << worst_r_ulps
                              << " eps * (|w| + 1); derivative block <= " << worst_dr << " * |dw/dt| = "
                              << worst_dr_ulps << " eps * (|w| + 1) * |dw/dt|; "
                              << identical_angles << " angle sets and " << identical_matrices
                              << " state transformations bit-identical");
    // At each midpoint the integral vanishes: the stored constant, which is type 2's own sum at
    // s = 0, reduced by the same MOD, so the angles are type 2's bits.
    for (long long r = st.first_record; r < st.first_record + st.count; ++r) {
      const double mid = dir.init + static_cast<double>(r - 1) * dir.intlen + dir.intlen / 2;
      if (mid < st.first || mid > st.last) continue;
      const EulerState a = ok(sc::pck::evaluate_type02_angles(*type2, original, mid));
      const EulerState b = ok(sc::pck::evaluate_type20_angles(*type20, *covering(*type20, mid), mid));
      CHECK(std::equal(a.begin(), a.begin() + 3, b.begin()));
    }
    // phi and delta are below 1 rad and their series sums well below 1: a few roundings.
    CHECK(worst_pd <= 8 * kEps);
    // w is reduced from about |w| radians: each file rounds it to ulps of |w|.
    CHECK(worst_w_ulps <= 8);
    CHECK(worst_rate <= 16 * kEps);
    CHECK(worst_r_ulps <= 16);
    CHECK(worst_dr_ulps <= 16);
  }
}

TEST_CASE("Type 20 units, modulo and record choice on a synthetic segment") {
  // Two records of one day from JD 2451545.0 (ET 0): angles in degrees (ASCALE = pi/180), rates
  // in degrees per day (TSCALE = 86400). Record 1: phi rate 10 deg/day, delta constant, w rate
  // 360 + 36 s deg/day; record 2: constant angles.
  const double rpd = sc::math::kRadiansPerDegree;
  const std::vector<double> cdata{10.0, 0.0, 90.0, 0.0, 0.0, 30.0, 360.0, 36.0, 400.0,
                                  0.0,  0.0, 45.0, 0.0, 0.0, 20.0, 0.0,   0.0,  -100.0};
  auto out = new_pck();
  ok(sc::pck::pckw20(out, 1000, 1, 0.0, 2 * kDay, "SYNTHETIC", 1.0, 2, 1, cdata, rpd, kDay, kJ2000, 0.0));
  const auto file = open_pck(out.bytes(), "synthetic20.bpc");
  const Segment seg = sc_test::pck_segments(*file)[0];
  CHECK(seg.start_et == 0.0);
  CHECK(seg.end_et == 2 * kDay);

  // At the midpoint the integrals vanish: the stored angles times ASCALE, w reduced by MOD, and
  // the rates' constant terms times ASCALE/TSCALE.
  const EulerState mid = ok(sc::pck::evaluate_type20_angles(*file, seg, kDay / 2));
  CHECK(mid[0] == rpd * 90.0);
  CHECK(mid[1] == rpd * 30.0);
  CHECK(mid[2] == sc::math::fortran_mod(rpd * 400.0, sc::math::kTwoPi));
  CHECK(mid[2] == doctest::Approx(40.0 * rpd).epsilon(1e-14));
  CHECK(mid[3] == 10.0 * (rpd / kDay));
  CHECK(mid[4] == 0.0);
  CHECK(mid[5] == 360.0 * (rpd / kDay));

  // Elsewhere: the integral from the midpoint, with s = (t - mid) / radius.
  for (double et : {0.0, 10000.0, 60000.0, 86399.0}) {
    const EulerState e = ok(sc::pck::evaluate_type20_angles(*file, seg, et));
    const double s = (et - kDay / 2) / (kDay / 2);
    const double days = (et - kDay / 2) / kDay;
    CHECK(e[0] == doctest::Approx(rpd * (90.0 + 10.0 * days)).epsilon(1e-15));
    CHECK(e[1] == rpd * 30.0);
    const double w = rpd * (400.0 + 360.0 * days + 36.0 * 0.5 * s * s / 2);  // int 36 s dt = 36 (radius s^2 / 2)
    CHECK(std::fabs(angle_difference(e[2], w)) < 1e-14);
    CHECK(e[2] >= 0.0);
    CHECK(e[2] < sc::math::kTwoPi);
    CHECK(e[5] == doctest::Approx((360.0 + 36.0 * s) * rpd / kDay).epsilon(1e-15));

    // The state transformation is EUL2XF's of (w, delta, phi) about 3, 1, 3.
    const auto x = ok(sc::pck::evaluate_type20(*file, seg, et));
    CHECK(x == sc::math::eul2xf({e[2], e[1], e[0], e[5], e[4], e[3]}, 3, 1, 3));
    const auto rot = sc::math::multiply(sc::math::multiply(sc::math::rotate(e[2], 3), sc::math::rotate(e[1], 1)),
                                        sc::math::rotate(e[0], 3));
    for (int i = 0; i < 3; ++i)
      for (int j = 0; j < 3; ++j) CHECK(x[i][j] == doctest::Approx(rot[i][j]).epsilon(1e-15));
    // The derivative block against central differences of the rotation (in record 1).
    const double h = 1.0;
    const auto before = ok(sc::pck::evaluate_type20(*file, seg, et + 1000.0 - h));
    const auto after = ok(sc::pck::evaluate_type20(*file, seg, et + 1000.0 + h));
    const auto here = ok(sc::pck::evaluate_type20(*file, seg, et + 1000.0));
    for (int i = 0; i < 3; ++i) {
      for (int j = 0; j < 3; ++j) {
        CHECK(std::fabs(here[i + 3][j] - (after[i][j] - before[i][j]) / (2 * h)) < 1e-12);
        CHECK(here[i][j + 3] == 0.0);
        CHECK(here[i + 3][j + 3] == here[i][j]);
      }
    }
  }

  // Record choice: the boundary belongs to the later record, epochs outside use the nearest one.
  const EulerState second{rpd * 45.0, rpd * 20.0, sc::math::fortran_mod(rpd * -100.0, sc::math::kTwoPi), 0, 0, 0};
  CHECK(ok(sc::pck::evaluate_type20_angles(*file, seg, kDay)) == second);
  CHECK(ok(sc::pck::evaluate_type20_angles(*file, seg, 5 * kDay)) == second);
  CHECK(second[2] < 0.0);  // MOD keeps the sign of w: (-2 pi, 0]
  const EulerState last_of_first = ok(sc::pck::evaluate_type20_angles(*file, seg, std::nextafter(kDay, 0.0)));
  CHECK(last_of_first[0] == doctest::Approx(rpd * 95.0).epsilon(1e-14));
  const EulerState before_start = ok(sc::pck::evaluate_type20_angles(*file, seg, -kDay / 2));
  CHECK(before_start[0] == doctest::Approx(rpd * 80.0).epsilon(1e-14));  // record 1 extrapolated

  // Through the normal path: segment_evaluation and pck::orientation.
  CHECK(ok(sc::pck::evaluate_segment(*file, seg, 1234.5)) == ok(sc::pck::evaluate_type20(*file, seg, 1234.5)));
  sc::kernels::KernelRegistry r;
  ok(r.furnsh_bytes("/kernels/synthetic20.bpc", sc::io::Bytes::from_vector(out.bytes())));
  const auto o = ok(sc::pck::orientation(r, 1000, 1234.5));
  REQUIRE(o.has_value());
  CHECK(o->base_frame == 1);
  CHECK(o->xform == ok(sc::pck::evaluate_type20(*file, seg, 1234.5)));
  CHECK_FALSE(ok(sc::pck::orientation(r, 1000, 2 * kDay + 1)).has_value());  // outside the descriptor
}

TEST_CASE("Corrupt type 20 segments fail with CSPICE's codes, naming the segment and the file") {
  const std::vector<double> cdata{1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2, 3, 4, 5, 6, 7, 8, 9};  // 2 records, polydg 1
  auto out = new_pck();
  ok(sc::pck::pckw20(out, 1000, 1, 0.0, 2 * kDay, "CORRUPT ME", 1.0, 2, 1, cdata, 1.0, 1.0, kJ2000, 0.0));
  const auto original = out.bytes();
  const Segment seg = sc_test::pck_segments(*open_pck(original, "x"))[0];
  // Trailer words from the end: N, RSIZE, INTLEN, INITFR, INITJD, TSCALE, ASCALE.
  struct Damage {
    long long from_end;
    double value;
    const char* code;
  };
  for (const Damage& d : {Damage{0, 0.0, "SPICE(INVALIDCOUNT)"}, {0, 3.0, "SPICE(INVALIDCOUNT)"},
                          {0, std::nan(""), "SPICE(INVALIDCOUNT)"}, {0, -1.0, "SPICE(INVALIDCOUNT)"},
                          {1, 3.0, "SPICE(INVALIDCOUNT)"}, {1, 8.0, "SPICE(INVALIDCOUNT)"},
                          {1, 12.0, "SPICE(INVALIDCOUNT)"}, {1, 1e300, "SPICE(INVALIDCOUNT)"},
                          {2, 0.0, "SPICE(INVALIDRADIUS)"}, {2, -1.0, "SPICE(INVALIDRADIUS)"},
                          {2, std::nan(""), "SPICE(INVALIDRADIUS)"}}) {
    auto bytes = original;
    put_word(bytes, seg.end - d.from_end, d.value);
    const auto file = open_pck(bytes, "/kernels/corrupt20.bpc");
    const auto x = sc::pck::evaluate_segment(*file, sc_test::pck_segments(*file)[0], 1000.0);
    CAPTURE(d.from_end);
    CAPTURE(d.value);
    REQUIRE_FALSE(x.ok());
    CHECK(x.error().short_code == d.code);
    CHECK(x.error().long_msg.find("'/kernels/corrupt20.bpc'") != std::string::npos);
    CHECK(x.error().long_msg.find("CORRUPT ME") != std::string::npos);
  }
  // A valid RSIZE that is smaller than written (degree 0): the records are misread, not refused;
  // CSPICE would do the same.
  {
    auto bytes = original;
    put_word(bytes, seg.end - 1, 6.0);
    const auto file = open_pck(bytes, "/kernels/smaller.bpc");
    CHECK(sc::pck::evaluate_segment(*file, sc_test::pck_segments(*file)[0], 1000.0).ok());
  }

  // Degree 40 (127-word records) fits PCKMAT's 130-word record buffer; degree 41 does not.
  for (int degree : {40, 41}) {
    auto big = new_pck();
    const std::vector<double> coefficients(static_cast<std::size_t>(3 * (degree + 2)), 0.0);
    ok(sc::pck::pckw20(big, 1000, 1, 0.0, kDay, "BIG", 1.0, 1, degree, coefficients, 1.0, 1.0, kJ2000, 0.0));
    const auto file = open_pck(big.bytes(), "/kernels/big.bpc");
    const auto x = sc::pck::evaluate_segment(*file, sc_test::pck_segments(*file)[0], 1000.0);
    CAPTURE(degree);
    CHECK(error_code(x) == (degree == 40 ? "(ok)" : "SPICE(PCKRECTOOLARGE)"));
  }

  // A segment too short for its trailer.
  auto tiny = new_pck();
  const double dc[2] = {0.0, 10.0};
  const int ic[3] = {1000, 1, 20};
  const std::vector<double> five(5, 1.0);
  ok(tiny.add_array(dc, ic, "TINY", five));
  const auto file = open_pck(tiny.bytes(), "/kernels/tiny.bpc");
  CHECK(error_code(sc::pck::evaluate_segment(*file, sc_test::pck_segments(*file)[0], 5.0)) == "SPICE(INVALIDCOUNT)");

  // Errors reach the API, naming the file.
  sc::kernels::KernelRegistry r;
  auto bytes = original;
  put_word(bytes, seg.end - 2, 0.0);
  ok(r.furnsh_bytes("/kernels/zero-intlen20.bpc", sc::io::Bytes::from_vector(std::move(bytes))));
  const auto o = sc::pck::orientation(r, 1000, 5.0);
  REQUIRE_FALSE(o.ok());
  CHECK(o.error().short_code == "SPICE(INVALIDRADIUS)");
  CHECK(o.error().long_msg.find("'/kernels/zero-intlen20.bpc'") != std::string::npos);
}

TEST_CASE("Randomly damaged type 20 segments fail cleanly or evaluate, never read outside their bytes") {
  // The damaged-segment fuzz of the SPK readers applied to a type 20 PCK: deterministic damage to
  // the data words (mostly the trailer) of a segment converted from the lunar PCK; whatever opens
  // is evaluated in and around its coverage. Under SC_SANITIZE=ON this also shows the absence of
  // out-of-bounds reads; here errors must at least name the file.
  const auto type2 = open_pck(fixture_bytes(kMoonPck), "moon.bpc");
  auto out = new_pck();
  write_stretch(out, *type2, sc_test::pck_segments(*type2)[0], 2000, 12);
  const auto original = out.bytes();
  const std::string name = "/kernels/damaged20.bpc";
  std::uint64_t seed = 0x5EED20ULL;
  auto next = [&seed] {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::uint32_t>(seed >> 33);
  };
  const Segment seg = sc_test::pck_segments(*open_pck(original, name))[0];
  int evaluated = 0, failed = 0;
  for (int trial = 0; trial < 300; ++trial) {
    auto bytes = original;
    for (int k = 0; k < 3; ++k) {
      const long long span = trial % 3 == 0 ? seg.length() : std::min<long long>(20, seg.length());
      const long long address = seg.end - static_cast<long long>(next() % static_cast<std::uint32_t>(span));
      bytes[static_cast<std::size_t>((address - 1) * 8 + next() % 8)] = static_cast<std::uint8_t>(next());
    }
    const auto damaged = open_pck(bytes, name);
    const Segment s = sc_test::pck_segments(*damaged)[0];
    for (double f : {-0.5, 0.0, 0.25, 0.5, 0.999, 1.0, 1.5}) {
      const auto x = sc::pck::evaluate_segment(*damaged, s, s.start_et + f * (s.end_et - s.start_et));
      if (x.ok()) {
        ++evaluated;
      } else {
        ++failed;
        CHECK_MESSAGE(x.error().short_code.rfind("SPICE(", 0) == 0, x.error().short_code);
        CHECK_MESSAGE(x.error().long_msg.find(name) != std::string::npos, x.error().long_msg);
      }
    }
  }
  MESSAGE("damaged type 20 segments: " << evaluated << " evaluations succeeded, " << failed << " failed cleanly");
  CHECK(failed > 0);
  CHECK(evaluated > 0);
}
