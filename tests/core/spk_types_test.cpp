// SPK types 1, 5, 8, 9, 12, 13, 21: every case of the golden files against CSPICE N0067; the
// interpolators (LGRINT, LGRESP, HRMINT, HRMESP) and two-body propagation (PROP2B, STMP03) on
// their own; the window and record choices at segment ends, on epochs and at ties; the epoch
// directory search; and corrupt segments, which must fail with a SPICE error naming the file and
// never read outside the segment.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "inertial/inertial_frames.hpp"
#include "kernels/kernel_registry.hpp"
#include "math/interpolation.hpp"
#include "math/stumpff.hpp"
#include "math/two_body.hpp"
#include "segment_files.hpp"
#include "spk/frame_change.hpp"
#include "spk/records/difference_lines.hpp"
#include "spk/records/epoch_search.hpp"
#include "spk/records/equal_step_window.hpp"
#include "spk/records/unequal_step_window.hpp"
#include "spk/segment_evaluation.hpp"
#include "spk/spk_api.hpp"
#include "generated_kernels.hpp"
#include "generated_kernels_14_15_17.hpp"
#include "json.hpp"
#include "fixtures.hpp"
#include "golden_fixture.hpp"

namespace {

using sc_test::fixture_bytes;
using sc_test::fixtures_dir;
using sc_test::open_fixture;
using sc_test::open_spk;
using sc_test::put_double;
using sc_test::word;
using sc_test::words;

using sc::kernels::KernelRegistry;
using sc::spk::Segment;
using SpkFile = sc::daf::SegmentFile;
using sc::spk::State;

// Little-endian doubles and ints at DAF addresses / byte offsets of a file image (all fixtures
// here are LTL-IEEE).

// --- A minimal SPK writer, for segments shaped the way a test needs --------------------------

struct SegmentSpec {
  int type;
  double start;
  double end;
  std::vector<double> data;
  int target = 1000;
  int center = 0;
  int frame = 1;
};

// An LTL-IEEE SPK: file record, one summary record (record 2), one name record (record 3), data
// from record 4 (address 385) on, segments one after another.
std::vector<std::uint8_t> make_spk(const std::vector<SegmentSpec>& segments) {
  std::size_t total = 0;
  for (const auto& s : segments) total += s.data.size();
  std::vector<std::uint8_t> b(3 * 1024 + ((total * 8 + 1023) / 1024) * 1024, 0);
  auto put_chars = [&](std::size_t at, const std::string& s) { std::memcpy(b.data() + at, s.data(), s.size()); };
  auto put_i32 = [&](std::size_t at, std::int32_t v) { std::memcpy(b.data() + at, &v, 4); };
  auto put_f64 = [&](std::size_t at, double v) { std::memcpy(b.data() + at, &v, 8); };
  put_chars(0, "DAF/SPK ");
  put_i32(8, 2);
  put_i32(12, 6);
  put_chars(16, std::string(60, ' '));
  put_i32(76, 2);
  put_i32(80, 2);
  put_i32(84, static_cast<std::int32_t>(385 + total));
  put_chars(88, "LTL-IEEE");
  put_f64(1024 + 0, 0.0);
  put_f64(1024 + 8, 0.0);
  put_f64(1024 + 16, static_cast<double>(segments.size()));
  std::int32_t address = 385;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const auto& s = segments[i];
    const std::size_t at = 1024 + 24 + i * 40;
    put_f64(at, s.start);
    put_f64(at + 8, s.end);
    const std::int32_t last = address + static_cast<std::int32_t>(s.data.size()) - 1;
    const std::int32_t ints[6] = {s.target, s.center, s.frame, s.type, address, last};
    for (std::size_t k = 0; k < 6; ++k) put_i32(at + 16 + 4 * k, ints[k]);
    put_chars(2048 + i * 40, ("SEGMENT " + std::to_string(i + 1) + std::string(40, ' ')).substr(0, 40));
    std::memcpy(b.data() + (address - 1) * 8, s.data.data(), s.data.size() * 8);
    address = last + 1;
  }
  return b;
}

void append(std::vector<double>& to, const std::vector<double>& more) { to.insert(to.end(), more.begin(), more.end()); }

// Every 100th of `epochs`: the directory of types 1, 5 and 21 (N/100 entries) or 9 and 13
// ((N - 1)/100 entries).
std::vector<double> directory(const std::vector<double>& epochs, std::size_t count) {
  std::vector<double> d;
  for (std::size_t k = 1; k <= count; ++k) d.push_back(epochs[100 * k - 1]);
  return d;
}

// --- Golden files -----------------------------------------------------------------------------

// One golden file of spkgeo cases: each state number by number, its light time, error cases by code.
sc_test::GoldenStats run_spkgeo_cases(const sc_test::Golden& g, int& errors) {
  KernelRegistry r;
  sc_test::load_kernels(r, g);
  sc_test::GoldenStats stats;
  sc_test::for_each_case(g, {}, [&](const sc_test::Json& c) {
    const std::string id = c["id"].string();
    REQUIRE(c["call"].string() == "spkgeo");
    const auto& args = c["args"].array();
    const auto target = static_cast<int>(args[0].number());
    const double et = args[1].number();
    const auto frame = sc::inertial::frame_id(args[2].string());
    REQUIRE(frame);
    const auto observer = static_cast<int>(args[3].number());
    auto got = sc::spk::geometric_state_j2000(r, target, et, observer);
    if (c.has("error")) {
      CHECK_MESSAGE(!got.ok(), g.name << " " << id);
      if (!got.ok()) CHECK_MESSAGE(got.error().short_code == c["error"].string(), g.name << " " << id);
      ++errors;
      return;
    }
    REQUIRE_MESSAGE(got.ok(), g.name << " " << id << ": " << (got.ok() ? "" : got.error().long_msg));
    State state = *got;
    if (*frame != sc::inertial::kJ2000) {
      auto rotated = sc::spk::change_frame(state, sc::inertial::kJ2000, *frame);
      REQUIRE(rotated.ok());
      state = *rotated;
    }
    sc_test::check_numbers(state, c["expect"]["state"].array(), g, stats, g.name + " " + id);
    // spkgeo's light time is |position| / c.
    const double lt = std::sqrt(state[0] * state[0] + state[1] * state[1] + state[2] * state[2]) / 299792.458;
    const double expect_lt = c["expect"]["lt"].number();
    CHECK_MESSAGE(std::fabs(lt - expect_lt) <= g.abs_tol + g.rel_tol * expect_lt, g.name << " " << id << " lt");
  });
  return stats;
}

}  // namespace

TEST_CASE("Golden geometric states: SPK types 1, 5, 8, 9, 12, 13, 21") {
  for (const char* file : {"spk-type1", "spk-type5", "spk-type8", "spk-type9", "spk-type12", "spk-type13", "spk-type21"}) {
    int errors = 0;
    const auto stats = run_spkgeo_cases(sc_test::read_golden(std::string(file) + ".json"), errors);
    MESSAGE(std::string(file) << ": " << stats.compared << " compared (" << stats.bit_identical << " bit-identical), "
                 << errors << " error cases; max deviation / tolerance " << stats.max_tolerance_ratio);
    CHECK(stats.compared > 0);
    CHECK(errors > 0);
  }
}

// --- Interpolation ------------------------------------------------------------------------------

TEST_CASE("Lagrange interpolation: SPICELIB's examples, polynomial reproduction, equal-step agreement") {
  // LGRINT/LGRESP's example: the cubic through (-1,-2), (1,-8), (3,26), (5,148) is 1 at x = 2; with
  // a negative step (abscissas 5, 3, 1, -1) the same.
  const std::vector<double> xs{-1, 1, 3, 5};
  const std::vector<double> ys{-2, -8, 26, 148};
  auto a = sc::math::lagrange(xs, ys, 2.0);
  REQUIRE(a.ok());
  CHECK(*a == doctest::Approx(1.0).epsilon(1e-15));
  auto b = sc::math::lagrange_equal_step(ys, -1.0, 2.0, 2.0);
  REQUIRE(b.ok());
  CHECK(*b == doctest::Approx(1.0).epsilon(1e-15));
  auto c = sc::math::lagrange_equal_step(std::vector<double>{148, 26, -8, -2}, 5.0, -2.0, 2.0);
  REQUIRE(c.ok());
  CHECK(*c == doctest::Approx(1.0).epsilon(1e-15));

  // A degree-6 polynomial through 7 points (unequal and equal spacing) is reproduced anywhere near.
  auto p = [](double t) { return 3.0 - 2.0 * t + 0.5 * t * t * t - 0.01 * std::pow(t, 5) + 1e-4 * std::pow(t, 6); };
  const std::vector<double> ux{-3.0, -2.1, -0.4, 0.3, 1.7, 2.2, 4.0};
  std::vector<double> uy, ey;
  for (double x : ux) uy.push_back(p(x));
  for (int k = 0; k < 7; ++k) ey.push_back(p(-3.0 + 1.25 * k));
  for (double x : {-3.0, -1.0, 0.0, 0.77, 2.2, 3.9, 5.0}) {
    CHECK(*sc::math::lagrange(ux, uy, x) == doctest::Approx(p(x)).epsilon(1e-11));
    CHECK(*sc::math::lagrange_equal_step(ey, -3.0, 1.25, x) == doctest::Approx(p(x)).epsilon(1e-11));
  }
  // At an abscissa the value is the sample itself; one point gives a constant.
  CHECK(*sc::math::lagrange(ux, uy, ux[3]) == doctest::Approx(uy[3]).epsilon(1e-14));
  CHECK(*sc::math::lagrange(std::vector<double>{2.0}, std::vector<double>{7.5}, 100.0) == 7.5);
  CHECK(*sc::math::lagrange_equal_step(std::vector<double>{7.5}, 0.0, 1.0, -4.0) == 7.5);
}

TEST_CASE("Hermite interpolation: SPICELIB's example, polynomial reproduction, equal-step agreement") {
  // HRMINT's example: f(x) = x^7 + 2x^2 + 5 from values and derivatives at -1, 0, 3, 5 gives
  // f(2) = 141, f'(2) = 456.
  const std::vector<double> xs{-1, 0, 3, 5};
  const std::vector<double> yv{6, 3, 5, 0, 2210, 5115, 78180, 109395};
  auto h = sc::math::hermite(xs, yv, 2.0);
  REQUIRE(h.ok());
  CHECK(h->value == doctest::Approx(141.0).epsilon(1e-13));
  CHECK(h->derivative == doctest::Approx(456.0).epsilon(1e-13));

  auto f = [](double x) { return std::pow(x, 7) + 2 * x * x + 5; };
  auto df = [](double x) { return 7 * std::pow(x, 6) + 4 * x; };
  std::vector<double> ev;
  for (double x : {-1.0, 1.0, 3.0, 5.0}) {
    ev.push_back(f(x));
    ev.push_back(df(x));
  }
  for (double x : {-1.0, 0.0, 2.0, 2.5, 4.9, 6.0}) {
    auto e = sc::math::hermite_equal_step(ev, -1.0, 2.0, x);
    REQUIRE(e.ok());
    CHECK(e->value == doctest::Approx(f(x)).epsilon(1e-11));
    CHECK(e->derivative == doctest::Approx(df(x)).epsilon(1e-11));
    auto u = sc::math::hermite(std::vector<double>{-1, 1, 3, 5}, ev, x);
    REQUIRE(u.ok());
    CHECK(u->value == doctest::Approx(e->value).epsilon(1e-12));
    CHECK(u->derivative == doctest::Approx(e->derivative).epsilon(1e-12));
  }
  // One point: the tangent line.
  auto one = sc::math::hermite(std::vector<double>{1.0}, std::vector<double>{2.0, 3.0}, 4.0);
  REQUIRE(one.ok());
  CHECK(one->value == 11.0);
  CHECK(one->derivative == 3.0);
}

TEST_CASE("Interpolation errors carry SPICELIB's short codes") {
  const std::vector<double> none;
  CHECK(sc::math::lagrange(none, none, 1.0).error().short_code == "SPICE(INVALIDSIZE)");
  CHECK(sc::math::lagrange_equal_step(none, 0, 1, 1.0).error().short_code == "SPICE(INVALIDSIZE)");
  CHECK(sc::math::hermite(none, none, 1.0).error().short_code == "SPICE(INVALIDSIZE)");
  CHECK(sc::math::hermite_equal_step(none, 0, 1, 1.0).error().short_code == "SPICE(INVALIDSIZE)");
  const std::vector<double> same{1.0, 2.0, 2.0};
  const std::vector<double> y3{1, 2, 3};
  CHECK(sc::math::lagrange(same, y3, 0.5).error().short_code == "SPICE(DIVIDEBYZERO)");
  CHECK(sc::math::hermite(same, std::vector<double>{1, 0, 2, 0, 3, 0}, 0.5).error().short_code ==
        "SPICE(DIVIDEBYZERO)");
  CHECK(sc::math::lagrange_equal_step(y3, 0.0, 0.0, 0.5).error().short_code == "SPICE(INVALIDSTEPSIZE)");
  CHECK(sc::math::hermite_equal_step(std::vector<double>{1, 0, 2, 0}, 0.0, 0.0, 0.5).error().short_code ==
        "SPICE(INVALIDSTEPSIZE)");
}

// --- Two-body propagation -------------------------------------------------------------------------

namespace {

constexpr double kGmEarth = 398600.4418;

double dot3(const State& a, std::size_t i, const State& b, std::size_t j) {
  return a[i] * b[j] + a[i + 1] * b[j + 1] + a[i + 2] * b[j + 2];
}
double energy(const State& s, double gm) { return dot3(s, 3, s, 3) / 2 - gm / std::sqrt(dot3(s, 0, s, 0)); }
std::array<double, 3> momentum(const State& s) {
  return {s[1] * s[5] - s[2] * s[4], s[2] * s[3] - s[0] * s[5], s[0] * s[4] - s[1] * s[3]};
}

State propagate(double gm, const State& s, double dt) {
  auto r = sc::math::propagate_two_body(gm, s, dt);
  REQUIRE_MESSAGE(r.ok(), (r.ok() ? "" : r.error().long_msg));
  return *r;
}

}  // namespace

TEST_CASE("Stumpff functions agree with their closed forms and are continuous across |x| = 1") {
  for (double x : {-400.0, -30.0, -2.0, -1.0000001, -0.5, -1e-3, 0.0, 1e-3, 0.5, 0.9999999, 1.0000001, 3.0, 50.0}) {
    auto s = sc::math::stumpff(x);
    REQUIRE(s.ok());
    double c0 = 1, c1 = 1;
    if (x > 0) {
      c0 = std::cos(std::sqrt(x));
      c1 = std::sin(std::sqrt(x)) / std::sqrt(x);
    } else if (x < 0) {
      c0 = std::cosh(std::sqrt(-x));
      c1 = std::sinh(std::sqrt(-x)) / std::sqrt(-x);
    }
    const double tol = 1e-14 * std::max(1.0, std::fabs(c0));
    CHECK_MESSAGE(std::fabs(s->c0 - c0) <= tol, "x = " << x);
    CHECK_MESSAGE(std::fabs(s->c1 - c1) <= tol, "x = " << x);
    // The recursions x C2 = 1 - C0 and x C3 = 1 - C1; at 0, C2 = 1/2 and C3 = 1/6.
    if (x != 0.0) {
      CHECK(x * s->c2 == doctest::Approx(1 - s->c0).epsilon(1e-12).scale(1.0));
      CHECK(x * s->c3 == doctest::Approx(1 - s->c1).epsilon(1e-12).scale(1.0));
    } else {
      CHECK(s->c2 == doctest::Approx(0.5).epsilon(1e-16));
      CHECK(s->c3 == doctest::Approx(1.0 / 6.0).epsilon(1e-16));
    }
  }
  // Either side of the switch between series and closed forms.
  for (double edge : {-1.0, 1.0}) {
    auto in = sc::math::stumpff(edge);
    auto out = sc::math::stumpff(edge * (1 + 1e-15));
    REQUIRE(in.ok());
    REQUIRE(out.ok());
    CHECK(in->c2 == doctest::Approx(out->c2).epsilon(1e-13));
    CHECK(in->c3 == doctest::Approx(out->c3).epsilon(1e-13));
  }
  CHECK(sc::math::stumpff(-6e5).error().short_code == "SPICE(VALUEOUTOFRANGE)");
}

TEST_CASE("Two-body propagation: periods, conservation laws and round trips") {
  // Circular LEO: after one period the state returns; after a quarter the position turns 90 degrees.
  const double r = 7000.0;
  const double v = std::sqrt(kGmEarth / r);
  const State circular{r, 0, 0, 0, v, 0};
  const double period = 2 * M_PI * std::sqrt(r * r * r / kGmEarth);
  const State full = propagate(kGmEarth, circular, period);
  for (std::size_t i = 0; i < 3; ++i) CHECK(std::fabs(full[i] - circular[i]) < 1e-6);
  const State quarter = propagate(kGmEarth, circular, period / 4);
  CHECK(std::fabs(quarter[0]) < 1e-6);
  CHECK(quarter[1] == doctest::Approx(r).epsilon(1e-12));
  CHECK(quarter[3] == doctest::Approx(-v).epsilon(1e-12));

  // Elliptic (e ~ 0.7), near-parabolic and hyperbolic (cosh/sinh branch) orbits, forwards and
  // backwards, over many periods too.
  const std::vector<State> starts{
      {7000, 0, 0, 0, 8.9, 1.2},         // elliptic
      {7000, 100, 0, 0.1, 10.67, 0.3},   // near escape speed
      {7000, 0, 0, 0, 14.0, 2.0},        // hyperbolic
      {-3000, 5000, 1000, -6.0, -3.0, 1.0},
  };
  for (const State& s0 : starts) {
    for (double dt : {-86400.0 * 3, -3600.0, -1.0, 1e-3, 60.0, 5400.0, 86400.0 * 10}) {
      const State s1 = propagate(kGmEarth, s0, dt);
      CHECK(energy(s1, kGmEarth) == doctest::Approx(energy(s0, kGmEarth)).epsilon(1e-9));
      const auto h0 = momentum(s0);
      const auto h1 = momentum(s1);
      for (std::size_t i = 0; i < 3; ++i) CHECK(h1[i] == doctest::Approx(h0[i]).epsilon(1e-9).scale(1e-3 * std::fabs(h0[1])));
      // Back again: the start, to the precision the conditioning of the orbit allows (timing
      // errors near periapsis grow over many revolutions).
      const State back = propagate(kGmEarth, s1, -dt);
      const double r_scale = std::max(std::sqrt(dot3(s0, 0, s0, 0)), std::sqrt(dot3(s1, 0, s1, 0)));
      const double v_scale = std::sqrt(dot3(s0, 3, s0, 3));
      for (std::size_t i = 0; i < 3; ++i) CHECK(std::fabs(back[i] - s0[i]) <= 1e-9 * r_scale);
      for (std::size_t i = 3; i < 6; ++i) CHECK(std::fabs(back[i] - s0[i]) <= 1e-8 * v_scale);
    }
  }
  // Zero time: the input state, bit for bit (PROP2B copies it).
  const State same = propagate(kGmEarth, starts[0], 0.0);
  CHECK(std::memcmp(same.data(), starts[0].data(), sizeof same) == 0);
  // Small steps agree with the first-order Taylor expansion.
  const State tiny = propagate(kGmEarth, starts[0], 1e-3);
  for (std::size_t i = 0; i < 3; ++i) CHECK(tiny[i] == doctest::Approx(starts[0][i] + 1e-3 * starts[0][i + 3]).epsilon(1e-11));
}

TEST_CASE("Two-body propagation errors carry PROP2B's short codes") {
  const State s{7000, 0, 0, 0, 7.5, 0};
  CHECK(sc::math::propagate_two_body(0.0, s, 10).error().short_code == "SPICE(NONPOSITIVEMASS)");
  CHECK(sc::math::propagate_two_body(-1.0, s, 10).error().short_code == "SPICE(NONPOSITIVEMASS)");
  CHECK(sc::math::propagate_two_body(kGmEarth, State{0, 0, 0, 1, 2, 3}, 10).error().short_code ==
        "SPICE(ZEROPOSITION)");
  CHECK(sc::math::propagate_two_body(kGmEarth, State{7000, 0, 0, 0, 0, 0}, 10).error().short_code ==
        "SPICE(ZEROVELOCITY)");
  CHECK(sc::math::propagate_two_body(kGmEarth, State{7000, 0, 0, 3, 0, 0}, 10).error().short_code ==
        "SPICE(NONCONICMOTION)");
  // Even a zero DT checks the state first, as PROP2B does.
  CHECK(sc::math::propagate_two_body(kGmEarth, State{7000, 0, 0, 3, 0, 0}, 0).error().short_code ==
        "SPICE(NONCONICMOTION)");
  // A hyperbolic orbit cannot be followed for 1.5e308 s without overflow.
  CHECK(sc::math::propagate_two_body(kGmEarth, State{7000, 0, 0, 0, 14.0, 2.0}, 1.5e308).error().short_code ==
        "SPICE(DTOUTOFRANGE)");
}

// --- Epoch directory search ---------------------------------------------------------------------

TEST_CASE("Epoch search through the directory counts as a linear scan does, at and between epochs") {
  for (long long n : {1LL, 7LL, 99LL, 100LL, 101LL, 200LL, 250LL}) {
    std::vector<double> epochs;
    for (long long k = 0; k < n; ++k) epochs.push_back(1000.0 + 10.0 * static_cast<double>(k) + (k % 3));
    // Both directory sizes: (N - 1)/100 entries (types 9, 13) and N/100 (types 1, 5, 21).
    for (long long dir_count : {(n - 1) / 100, n / 100}) {
      // States (zeros), epochs, directory, and a type 9 trailer.
      std::vector<double> data(static_cast<std::size_t>(6 * n), 0.0);
      append(data, epochs);
      append(data, directory(epochs, static_cast<std::size_t>(dir_count)));
      append(data, {0.0, static_cast<double>(n)});
      const auto file = open_spk(make_spk({{9, epochs.front(), epochs.back(), data}}), "search.bsp");
      const Segment seg = sc_test::spk_segments(*file)[0];
      sc::spk::EpochList list;
      list.first = seg.begin + 6 * n;
      list.count = n;
      list.directory = list.first + n;
      list.directory_count = dir_count;
      std::vector<double> probes{epochs.front() - 1, epochs.back() + 1};
      for (double e : epochs) {
        probes.push_back(e);
        probes.push_back(e + 0.5);
        probes.push_back(std::nextafter(e, -1e300));
      }
      for (double et : probes) {
        const auto before = std::count_if(epochs.begin(), epochs.end(), [&](double e) { return e < et; });
        const auto up_to = std::count_if(epochs.begin(), epochs.end(), [&](double e) { return e <= et; });
        auto got_before = sc::spk::count_epochs_before(*file, seg, list, et);
        auto got_up_to = sc::spk::count_epochs_up_to(*file, seg, list, et);
        REQUIRE(got_before.ok());
        REQUIRE(got_up_to.ok());
        CHECK_MESSAGE(*got_before == before, "N = " << n << ", directory " << dir_count << ", et = " << et);
        CHECK_MESSAGE(*got_up_to == up_to, "N = " << n << ", directory " << dir_count << ", et = " << et);
      }
    }
  }
}

// --- Windows and records at segment ends, on epochs, at ties ----------------------------------------

TEST_CASE("Types 8 and 12: windows around the nearest (odd) or preceding (even) state, clamped at the ends") {
  for (const char* name : {"spk/example1spk_seg8.bsp", "spk/example1spk_seg12.bsp"}) {
    const auto file = open_fixture(name);
    for (const Segment& seg : sc_test::spk_segments(*file)) {
      const auto trailer = words(*file, seg.end - 3, 4);
      const double start = trailer[0], step = trailer[1];
      const auto degree = static_cast<long long>(trailer[2]);
      const auto n = static_cast<long long>(trailer[3]);
      const long long w = degree + 1;
      auto first_of = [&](double et) {
        auto win = sc::spk::read_equal_step_window(*file, seg, et);
        REQUIRE_MESSAGE(win.ok(), (win.ok() ? "" : win.error().long_msg));
        CHECK(win->size() == static_cast<std::size_t>(w));
        const double k = (win->first_epoch - start) / step;
        CHECK(k == std::round(k));
        // The window's states are the segment's states from there on.
        const auto stored = words(*file, seg.begin + static_cast<long long>(k) * 6, 6);
        CHECK(std::equal(stored.begin(), stored.end(), win->states.begin()));
        return static_cast<long long>(k) + 1;
      };
      auto clamp = [&](long long f) { return std::min(std::max(1LL, f), n - degree); };
      // Segment ends.
      CHECK(first_of(seg.start_et) == 1);
      CHECK(first_of(seg.end_et) == clamp((w % 2 ? std::llround((seg.end_et - start) / step)
                                                 : static_cast<long long>((seg.end_et - start) / step)) +
                                           1 - degree / 2));
      for (long long k : {3LL, 10LL, n / 2, n - 3}) {
        const double epoch = start + static_cast<double>(k - 1) * step;
        if (w % 2 == 0) {
          // Even: the state at or before et is the (W/2)th of the window.
          CHECK(first_of(epoch) == clamp(k - degree / 2));
          CHECK(first_of(epoch - 1.0) == clamp(k - 1 - degree / 2));
          CHECK(first_of(epoch + 0.999 * step) == clamp(k - degree / 2));
        } else {
          // Odd: the nearest state is the middle one; half way rounds away from zero (NINT).
          CHECK(first_of(epoch) == clamp(k - degree / 2));
          CHECK(first_of(epoch + 0.49 * step) == clamp(k - degree / 2));
          CHECK(first_of(epoch + 0.5 * step) == clamp(k + 1 - degree / 2));
          CHECK(first_of(epoch - 0.51 * step) == clamp(k - 1 - degree / 2));
        }
      }
      // Outside the coverage: SPKR08's TIMEOUTOFBOUNDS.
      auto outside = sc::spk::read_equal_step_window(*file, seg, seg.end_et + 1.0);
      REQUIRE_FALSE(outside.ok());
      CHECK(outside.error().short_code == "SPICE(TIMEOUTOFBOUNDS)");
    }
  }
}

TEST_CASE("Types 9 and 13: windows from the epoch before et, the nearer neighbour for odd sizes, clamped at the ends") {
  for (const char* name : {"spk/example1spk_seg9.bsp", "spk/example1spk_seg13.bsp"}) {
    const auto file = open_fixture(name);
    for (const Segment& seg : sc_test::spk_segments(*file)) {
      const auto trailer = words(*file, seg.end - 1, 2);
      const auto degree = static_cast<long long>(trailer[0]);
      const auto n = static_cast<long long>(trailer[1]);
      const long long w = degree + 1;
      const auto epochs = words(*file, seg.begin + 6 * n, n);
      auto first_of = [&](double et) {
        auto win = sc::spk::read_unequal_step_window(*file, seg, et);
        REQUIRE_MESSAGE(win.ok(), (win.ok() ? "" : win.error().long_msg));
        REQUIRE(win->epochs.size() == static_cast<std::size_t>(w));
        const auto it = std::find(epochs.begin(), epochs.end(), win->epochs[0]);
        REQUIRE(it != epochs.end());
        const auto k = static_cast<long long>(it - epochs.begin());
        CHECK(std::equal(win->epochs.begin(), win->epochs.end(), epochs.begin() + k));
        const auto stored = words(*file, seg.begin + k * 6, 6 * w);
        CHECK(stored == win->states);
        return k + 1;
      };
      auto clamp = [&](long long f) { return std::min(std::max(1LL, f), n - degree); };
      auto at = [&](long long k) { return epochs[static_cast<std::size_t>(k - 1)]; };
      CHECK(first_of(seg.start_et) == 1);
      CHECK(first_of(seg.end_et) == n - degree);  // the coverage ends at the last epoch
      for (long long k : {2LL, 5LL, n / 2, n - 1}) {
        if (at(k) < seg.start_et || at(k) > seg.end_et) continue;
        const double mid = at(k) + (at(k + 1) - at(k)) / 2;
        if (w % 2 == 0) {
          // On epoch k, LOW is the epoch before it; just after it, epoch k itself.
          CHECK(first_of(at(k)) == clamp(k - 1 - degree / 2));
          CHECK(first_of(std::nextafter(at(k), 1e300)) == clamp(k - degree / 2));
        } else {
          // On epoch k the nearest state is k; at the exact midpoint the later one wins.
          CHECK(first_of(at(k)) == clamp(k - degree / 2));
          CHECK(first_of(std::nextafter(mid, -1e300)) == clamp(k - degree / 2));
          CHECK(first_of(mid) == clamp(k + 1 - degree / 2));
        }
      }
      auto outside = sc::spk::read_unequal_step_window(*file, seg, seg.start_et - 1.0);
      REQUIRE_FALSE(outside.ok());
      CHECK(outside.error().short_code == "SPICE(TIMEOUTOFBOUNDS)");
    }
  }
}

TEST_CASE("Types 1 and 21: an epoch belongs to the difference line ending there; lines join continuously") {
  for (const char* name : {"spk/example1spk_seg1.bsp", "spk/example1spk_seg21.bsp"}) {
    const auto file = open_fixture(name);
    const Segment seg = sc_test::spk_segments(*file)[0];
    const bool extended = seg.type == 21;
    const auto n = static_cast<long long>(word(*file, seg.end));
    const long long trailer = extended ? 2 : 1;
    const auto epochs = words(*file, seg.end - trailer - n / 100 - n + 1, n);
    const long long size = extended ? 4 * static_cast<long long>(word(*file, seg.end - 1)) + 11 : 71;
    for (long long k = 1; k < n; ++k) {
      const double boundary = epochs[static_cast<std::size_t>(k - 1)];
      if (boundary <= seg.start_et || boundary >= seg.end_et) continue;
      auto at = sc::spk::evaluate_segment(*file, seg, boundary);
      auto after = sc::spk::evaluate_segment(*file, seg, std::nextafter(boundary, 1e300));
      REQUIRE(at.ok());
      REQUIRE(after.ok());
      // Evaluating line k itself at its final epoch reproduces the segment's answer bit for bit.
      const auto line = words(*file, seg.begin + (k - 1) * size, size);
      const long long maxdim = extended ? (size - 11) / 4 : 15;
      auto own = sc::spk::evaluate_difference_line(line, maxdim, extended ? std::min(maxdim + 2, 26LL) : 15, extended,
                                                   boundary);
      REQUIRE(own.ok());
      CHECK(std::memcmp(own->data(), at->data(), sizeof(State)) == 0);
      // The next line takes over continuously (to well within a metre and a mm/s).
      for (std::size_t i = 0; i < 3; ++i) {
        CHECK(std::fabs((*at)[i] - (*after)[i]) < 1e-3);
        CHECK(std::fabs((*at)[i + 3] - (*after)[i + 3]) < 1e-6);
      }
    }
  }
}

TEST_CASE("Type 5: the stored states at their epochs, one state alone outside, blends in between") {
  const auto file = open_fixture("spk/example1spk_seg5.bsp");
  const Segment seg = sc_test::spk_segments(*file)[0];
  const auto n = static_cast<long long>(word(*file, seg.end));
  REQUIRE(n == 2);
  const auto states = words(*file, seg.begin, 12);
  const auto epochs = words(*file, seg.begin + 12, 2);
  const double gm = word(*file, seg.end - 1);
  // At the first epoch PROP2B propagates by zero: the stored state exactly.
  auto first = sc::spk::evaluate_segment(*file, seg, epochs[0]);
  REQUIRE(first.ok());
  CHECK(std::equal(first->begin(), first->end(), states.begin()));
  // At the second epoch the weight of the first state is 0: the stored position exactly.
  auto second = sc::spk::evaluate_segment(*file, seg, epochs[1]);
  REQUIRE(second.ok());
  CHECK(std::equal(second->begin(), second->begin() + 3, states.begin() + 6));
  // Past the last epoch (evaluated directly; the segment's coverage ends there) the last state is
  // propagated alone.
  auto beyond = sc::spk::evaluate_segment(*file, seg, epochs[1] + 100.0);
  REQUIRE(beyond.ok());
  State s2{};
  std::copy(states.begin() + 6, states.end(), s2.begin());
  const State alone = propagate(gm, s2, (epochs[1] + 100.0) - epochs[1]);
  CHECK(std::memcmp(beyond->data(), alone.data(), sizeof(State)) == 0);
  // In between: a blend of the two propagated states, closer to the nearer one.
  const double mid = (epochs[0] + epochs[1]) / 2;
  auto blend = sc::spk::evaluate_segment(*file, seg, mid);
  REQUIRE(blend.ok());
  State s1{};
  std::copy(states.begin(), states.begin() + 6, s1.begin());
  const State p1 = propagate(gm, s1, mid - epochs[0]);
  const State p2 = propagate(gm, s2, mid - epochs[1]);
  for (std::size_t i = 0; i < 3; ++i) CHECK((*blend)[i] == doctest::Approx((p1[i] + p2[i]) / 2).epsilon(1e-15));
}

TEST_CASE("Type 5 with a directory: the bracketing pair found through it matches a linear scan") {
  // 250 states on a circular orbit, unequally spaced, so that each pair blends two exact states.
  const double r = 42164.0, v = std::sqrt(kGmEarth / r);
  const State s0{r, 0, 0, 0, v, 0};
  std::vector<double> epochs, states;
  double t = 0;
  for (int k = 0; k < 250; ++k) {
    epochs.push_back(t);
    const State s = k == 0 ? s0 : propagate(kGmEarth, s0, t);
    states.insert(states.end(), s.begin(), s.end());
    t += 600.0 + 37.0 * (k % 5);
  }
  std::vector<double> data = states;
  append(data, epochs);
  append(data, directory(epochs, 2));
  append(data, {kGmEarth, 250.0});
  const auto file = open_spk(make_spk({{5, epochs.front(), epochs.back(), data, 1000, 399}}), "type5.bsp");
  const Segment seg = sc_test::spk_segments(*file)[0];
  for (double et : {epochs[0], epochs[99], epochs[99] + 1, epochs[100], epochs[199] - 1, epochs[200], epochs[249],
                    (epochs[150] + epochs[151]) / 2}) {
    auto got = sc::spk::evaluate_segment(*file, seg, et);
    REQUIRE(got.ok());
    const State expect = propagate(kGmEarth, s0, et);
    for (std::size_t i = 0; i < 3; ++i) CHECK((*got)[i] == doctest::Approx(expect[i]).epsilon(1e-9));
  }
}

// --- Corrupt segments ---------------------------------------------------------------------------------

namespace {

std::optional<sc::Error> evaluation_error(const std::vector<std::uint8_t>& bytes, const std::string& name, double et) {
  const auto file = open_spk(bytes, name);
  const Segment seg = sc_test::spk_segments(*file)[0];
  auto s = sc::spk::evaluate_segment(*file, seg, et);
  if (s.ok()) return std::nullopt;
  return s.error();
}

void expect_error(const std::vector<std::uint8_t>& bytes, const std::string& name, double et, const std::string& code) {
  const auto e = evaluation_error(bytes, name, et);
  REQUIRE_MESSAGE(e.has_value(), name << " evaluated at " << et);
  CHECK_MESSAGE(e->short_code == code, name << ": " << e->short_code << " " << e->long_msg);
  CHECK_MESSAGE(e->long_msg.find(name) != std::string::npos, e->long_msg);
}

}  // namespace

TEST_CASE("Corrupt counts and parameters fail with SPICE errors naming the file") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  struct Patch {
    const char* fixture;
    long long from_end;  // 0 = the segment's last word
    double value;
    const char* code;
  };
  const Patch patches[] = {
      {"spk/example1spk_seg1.bsp", 0, 1e9, "SPICE(INVALIDCOUNT)"},   // N far too large
      {"spk/example1spk_seg1.bsp", 0, 0.0, "SPICE(INVALIDCOUNT)"},
      {"spk/example1spk_seg1.bsp", 0, nan, "SPICE(INVALIDCOUNT)"},
      {"spk/example1spk_seg1.bsp", 0, 9.0, "SPICE(INVALIDCOUNT)"},   // one line more than fits
      {"spk/example1spk_seg21.bsp", 0, 58.0, "SPICE(INVALIDCOUNT)"},
      {"spk/example1spk_seg21.bsp", 1, 26.0, "SPICE(DIFFLINETOOLARGE)"},
      {"spk/example1spk_seg21.bsp", 1, 0.0, "SPICE(DIFFLINETOOSMALL)"},
      {"spk/example1spk_seg21.bsp", 1, 21.0, "SPICE(INVALIDCOUNT)"},  // lines no longer fit
      {"spk/example1spk_seg5.bsp", 0, 3.0, "SPICE(INVALIDCOUNT)"},
      {"spk/example1spk_seg5.bsp", 1, 0.0, "SPICE(NONPOSITIVEMASS)"},  // GM
      {"spk/example1spk_seg8.bsp", 0, 81.0, "SPICE(INVALIDCOUNT)"},
      {"spk/example1spk_seg8.bsp", 1, 80.0, "SPICE(INVALIDCOUNT)"},    // window larger than N
      {"spk/example1spk_seg8.bsp", 1, 32.0, "SPICE(SPKRECTOOLARGE)"},  // 33 states
      {"spk/example1spk_seg8.bsp", 1, -1.0, "SPICE(INVALIDCOUNT)"},
      {"spk/example1spk_seg8.bsp", 2, 0.0, "SPICE(INVALIDSTEPSIZE)"},
      {"spk/example1spk_seg12.bsp", 2, nan, "SPICE(INVALIDSTEPSIZE)"},
      {"spk/example1spk_seg9.bsp", 0, 81.0, "SPICE(INVALIDCOUNT)"},
      {"spk/example1spk_seg9.bsp", 1, 28.0, "SPICE(SPKRECTOOLARGE)"},  // 29 states
      {"spk/example1spk_seg13.bsp", 1, 1e12, "SPICE(INVALIDCOUNT)"},
      {"spk/example1spk_seg13.bsp", 0, -5.0, "SPICE(INVALIDCOUNT)"},
  };
  for (const Patch& p : patches) {
    auto bytes = fixture_bytes(p.fixture);
    const auto file = open_spk(bytes, p.fixture);
    const Segment seg = sc_test::spk_segments(*file)[0];
    put_double(bytes, seg.end - p.from_end, p.value);
    INFO(p.fixture << " word end-" << p.from_end << " = " << p.value);
    expect_error(bytes, p.fixture, (seg.start_et + seg.end_et) / 2, p.code);
  }
}

TEST_CASE("Corrupt difference lines: integration orders and zero steps") {
  const auto original = fixture_bytes("spk/example1spk_seg1.bsp");
  const auto file = open_spk(original, "t1");
  const Segment seg = sc_test::spk_segments(*file)[0];
  const double et = sc_test::spk_segments(*file)[0].start_et;  // line 1
  // KQMAX1 (word 68 of a line) and KQ(1) (word 69).
  for (auto [offset, value] : {std::pair{67LL, 16.0}, {67LL, 1.0}, {67LL, std::nan("")}, {68LL, 15.0}, {68LL, -1.0}}) {
    auto bytes = original;
    put_double(bytes, seg.begin + offset, value);
    expect_error(bytes, "bad-orders.bsp", et, "SPICE(INVALIDVALUE)");
  }
  // A zero step in use divides by zero in SPKE01 (no error: infinities), but is refused by SPKE21.
  {
    auto bytes = original;
    put_double(bytes, seg.begin + 1, 0.0);  // G(1), in use (KQMAX1 = 3)
    const auto e = evaluation_error(bytes, "zero-step-1.bsp", et);
    CHECK_FALSE(e.has_value());
  }
  const auto original21 = fixture_bytes("spk/example1spk_seg21.bsp");
  const auto file21 = open_spk(original21, "t21");
  const Segment seg21 = sc_test::spk_segments(*file21)[0];
  auto bytes = original21;
  put_double(bytes, seg21.begin + 1, 0.0);  // G(1) of line 1 (its KQMAX1 is 3: G(1) is in use)
  expect_error(bytes, "zero-step-21.bsp", seg21.start_et, "SPICE(ZEROSTEP)");
}

TEST_CASE("Randomly damaged segments of every type fail cleanly or evaluate, never read outside their bytes") {
  // Deterministic damage to the data words (trailers and directories included) of each type's
  // fixture; whatever opens is evaluated in and around its coverage. Under SC_SANITIZE=ON this also
  // shows the absence of out-of-bounds reads; here errors must at least name the file.
  std::uint64_t seed = 0xC0FFEE1234ULL;
  auto next = [&seed] {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::uint32_t>(seed >> 33);
  };
  int evaluated = 0, failed = 0;
  for (const char* name : {"spk/example1spk_seg1.bsp", "spk/example1spk_seg5.bsp", "spk/example1spk_seg8.bsp",
                           "spk/example1spk_seg9.bsp", "spk/example1spk_seg12.bsp", "spk/example1spk_seg13.bsp",
                           "spk/example1spk_seg21.bsp", "generated/type18-hermite.bsp",
                           "generated/type18-lagrange.bsp", "generated/type19.bsp", "generated/type20.bsp",
                           "generated/type14.bsp", "generated/type15.bsp", "generated/type17.bsp"}) {
    // Types 14, 15, 17, 18, 19 and 20 have no CSPICE-written fixture: the core's writers make them.
    const bool generated = std::string(name).rfind("generated/", 0) == 0;
    const auto original = !generated                               ? fixture_bytes(name)
                          : sc_test::is_generated_14_15_17(name) ? sc_test::generated_kernel_14_15_17(name)
                                                                 : sc_test::generated_kernel(name);
    const auto file = open_spk(original, name);
    const Segment seg = sc_test::spk_segments(*file).back();
    for (int trial = 0; trial < 60; ++trial) {
      auto bytes = original;
      for (int k = 0; k < 3; ++k) {
        // Mostly the last 20 words (counts, directories), sometimes anywhere in the segment.
        const long long span = trial % 3 == 0 ? seg.length() : std::min<long long>(20, seg.length());
        const long long address = seg.end - static_cast<long long>(next() % static_cast<std::uint32_t>(span));
        const std::size_t byte = static_cast<std::size_t>((address - 1) * 8 + next() % 8);
        bytes[byte] = static_cast<std::uint8_t>(next());
      }
      const auto damaged = open_spk(bytes, name);
      const Segment s = sc_test::spk_segments(*damaged).back();
      for (double f : {0.0, 0.25, 0.5, 0.999, 1.0}) {
        const double et = s.start_et + f * (s.end_et - s.start_et);
        auto state = sc::spk::evaluate_segment(*damaged, s, et);
        if (state.ok()) {
          ++evaluated;
        } else {
          ++failed;
          CHECK_MESSAGE(state.error().short_code.rfind("SPICE(", 0) == 0, state.error().short_code);
          CHECK_MESSAGE(state.error().long_msg.find(name) != std::string::npos, state.error().long_msg);
        }
      }
    }
  }
  MESSAGE("damaged segments: " << evaluated << " evaluations succeeded, " << failed << " failed cleanly");
  CHECK(failed > 0);
}

TEST_CASE("Unsupported types still fail with SPKTYPENOTSUPP naming the file") {
  const auto file = open_spk(make_spk({{4, 0.0, 10.0, std::vector<double>(10, 1.0)}}), "type4.bsp");
  auto s = sc::spk::evaluate_segment(*file, sc_test::spk_segments(*file)[0], 5.0);
  REQUIRE_FALSE(s.ok());
  CHECK(s.error().short_code == "SPICE(SPKTYPENOTSUPP)");
  CHECK(s.error().long_msg.find("type4.bsp") != std::string::npos);
}
