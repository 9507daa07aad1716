// Binary PCK tests: the MOON_PA_DE421 orientation of the golden pxform/sxform cases (J2000 to
// the body frame) against CSPICE N0067, the derivative block against finite differences, segment
// precedence and coverage gaps, type 3 generic segments, and corrupt files.
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
#include <string>
#include <vector>

#include "inertial/inertial_frames.hpp"
#include "kernels/kernel_registry.hpp"
#include "kernels/segment_search.hpp"
#include "math/angles.hpp"
#include "math/euler.hpp"
#include "math/rotation.hpp"
#include "pck/pck_api.hpp"
#include "pck/type02_chebyshev_angles.hpp"
#include "segment_files.hpp"
#include "fixtures.hpp"
#include "golden_fixture.hpp"

namespace {

using sc_test::fixture_bytes;
using sc_test::fixtures_dir;

using sc::kernels::KernelRegistry;
using sc::math::Mat3;
using sc::math::Mat6;

constexpr int kMoonPaDe421 = 31006;
constexpr double kMoonStart = -3155716800.0;  // the fixture's segment coverage
constexpr double kMoonEnd = 1609416000.0;

sc::Status load_bytes(KernelRegistry& registry, const std::string& name, std::vector<std::uint8_t> bytes) {
  return registry.furnsh_bytes(name, sc::io::Bytes::from_vector(std::move(bytes)));
}

void load(KernelRegistry& registry, const std::string& name, std::vector<std::uint8_t> bytes) {
  auto status = load_bytes(registry, name, std::move(bytes));
  REQUIRE_MESSAGE(status.ok(), name << ": " << (status.ok() ? "" : status.error().long_msg));
}

const std::string kMoonPck = "pck/moon_pa_de421_1900-2050.bpc";

Mat6 xform_at(const KernelRegistry& r, int class_id, double et) {
  auto o = sc::pck::orientation(r, class_id, et);
  REQUIRE_MESSAGE(o.ok(), "class " << class_id << " at " << et << ": " << (o.ok() ? "" : o.error().long_msg));
  REQUIRE_MESSAGE(o->has_value(), "class " << class_id << " at " << et << ": no segment");
  return (**o).xform;
}

// ---- a small binary PCK writer (DAF/PCK, little-endian), for synthetic segments ----

void put_bytes(std::vector<std::uint8_t>& b, std::size_t at, const void* p, std::size_t n) {
  if (b.size() < at + n) b.resize(at + n, 0);
  std::memcpy(b.data() + at, p, n);  // the test host is little-endian, like the files written
}
void put_double(std::vector<std::uint8_t>& b, std::size_t at, double d) { put_bytes(b, at, &d, 8); }
void put_int(std::vector<std::uint8_t>& b, std::size_t at, std::int32_t v) { put_bytes(b, at, &v, 4); }
void put_text(std::vector<std::uint8_t>& b, std::size_t at, const std::string& s, std::size_t width) {
  std::string padded = s;
  padded.resize(width, ' ');
  put_bytes(b, at, padded.data(), width);
}

struct SegmentSpec {
  double start, end;
  int class_id;
  int type;
  std::vector<double> data;
  std::string name;
  int base_frame = 1;
};

// Record 1 the file record, record 2 the only summary record, record 3 its names, data from
// record 4 on. ND = 2, NI = 5 unless told otherwise.
std::vector<std::uint8_t> build_pck(const std::vector<SegmentSpec>& segments, int ni = 5) {
  std::vector<std::uint8_t> b(3 * 1024, 0);
  put_text(b, 0, "DAF/PCK", 8);
  put_int(b, 8, 2);
  put_int(b, 12, ni);
  put_text(b, 16, "synthetic", 60);
  put_int(b, 76, 2);
  put_int(b, 80, 2);
  put_text(b, 88, "LTL-IEEE", 8);
  const std::size_t summary_words = 2 + (static_cast<std::size_t>(ni) + 1) / 2;
  put_double(b, 1024, 0.0);
  put_double(b, 1024 + 8, 0.0);
  put_double(b, 1024 + 16, static_cast<double>(segments.size()));
  std::int32_t next_address = 3 * 128 + 1;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const auto& s = segments[i];
    const std::size_t at = 1024 + 24 + i * summary_words * 8;
    put_double(b, at, s.start);
    put_double(b, at + 8, s.end);
    const std::int32_t begin = next_address;
    const std::int32_t end = begin + static_cast<std::int32_t>(s.data.size()) - 1;
    // NI = 5 is the PCK layout; other NI put zeros between the type and the addresses.
    std::vector<std::int32_t> ints{s.class_id, s.base_frame, s.type};
    ints.resize(static_cast<std::size_t>(ni) - 2, 0);
    ints.push_back(begin);
    ints.push_back(end);
    for (std::size_t k = 0; k < ints.size(); ++k) put_int(b, at + 16 + 4 * k, ints[k]);
    put_text(b, 2048 + i * summary_words * 8, s.name, summary_words * 8);
    for (std::size_t k = 0; k < s.data.size(); ++k) {
      put_double(b, static_cast<std::size_t>(begin - 1 + static_cast<std::int32_t>(k)) * 8, s.data[k]);
    }
    next_address = end + 1;
  }
  put_int(b, 84, next_address);
  b.resize((b.size() + 1023) / 1024 * 1024, 0);
  return b;
}

// A type 2 segment of one record: each angle a polynomial c0 + c1 s in s = (t - mid) / radius.
SegmentSpec type2(double start, double end, int class_id, std::array<double, 3> c0, std::array<double, 3> c1,
                  std::string name) {
  const double mid = (start + end) / 2, radius = (end - start) / 2;
  std::vector<double> data{mid, radius, c0[0], c1[0], c0[1], c1[1], c0[2], c1[2]};
  data.insert(data.end(), {start, end - start, 8.0, 1.0});  // INIT, INTLEN, RSIZE, N
  return {start, end, class_id, 2, data, std::move(name)};
}

// A type 3 generic segment with NCOEFF = 2 and one packet per interval [starts[i], starts[i+1]):
// packets[i] holds the six (c0, c1) pairs for RA, DEC, W (degrees), and the angular velocity
// (degrees/s). `meta_items` 17 (current files) or 15 (old files: no PKTOFF, NMETA not counted).
SegmentSpec type3(std::vector<double> starts, double end, int class_id,
                  const std::vector<std::array<double, 12>>& packets, int meta_items = 17) {
  std::vector<double> data{2.0};  // the constant NCOEFF
  const double packet_size = 2 + 12;
  for (std::size_t i = 0; i < packets.size(); ++i) {
    const double a = starts[i], z = i + 1 < packets.size() ? starts[i + 1] : end;
    data.push_back((a + z) / 2);
    data.push_back((z - a) / 2);
    data.insert(data.end(), packets[i].begin(), packets[i].end());
  }
  const double n = static_cast<double>(packets.size());
  const double refbas = 1 + n * packet_size;
  data.insert(data.end(), starts.begin(), starts.end());
  // CONBAS NCON RDRBAS NRDR RDRTYP REFBAS NREF PDRBAS NPDR PDRTYP PKTBAS NPKT RSVBAS NRSV PKTSZ
  std::vector<double> meta{0, 1, refbas + n, 0, 3, refbas, n, refbas, 0, 0, 1, n, refbas + n, 0, packet_size};
  if (meta_items == 17) meta.push_back(0);  // PKTOFF
  meta.push_back(meta_items);
  data.insert(data.end(), meta.begin(), meta.end());
  return {starts.front(), end, class_id, 3, data, "type 3"};
}

// The derivative block against a central difference of the rotation block.
void check_derivative_block(const std::function<Mat6(double)>& at, double et, double h, double tolerance) {
  const Mat6 x = at(et), before = at(et - h), after = at(et + h);
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < 3; ++j) {
      const double numeric = (after[i][j] - before[i][j]) / (2 * h);
      CHECK_MESSAGE(std::fabs(x[i + 3][j] - numeric) <= tolerance,
                    "d/dt of element " << i << j << " at " << et << ": " << x[i + 3][j] << " vs " << numeric);
      CHECK(x[i][j + 3] == 0.0);
      CHECK(x[i + 3][j + 3] == x[i][j]);
    }
  }
}

}  // namespace

TEST_CASE("PCK file: the MOON_PA_DE421 fixture's summary and coverage listing") {
  auto file = sc_test::open_pck_file(sc::io::Bytes::from_vector(fixture_bytes(kMoonPck)), "moon.bpc");
  REQUIRE(file.ok());
  const auto segments = sc_test::pck_segments(**file);
  REQUIRE(segments.size() == 1);
  CHECK(segments[0].class_id == kMoonPaDe421);
  CHECK(segments[0].base_frame == 1);  // J2000
  CHECK(segments[0].type == 2);
  CHECK(segments[0].start_et == kMoonStart);
  CHECK(segments[0].end_et == kMoonEnd);
  CHECK((*file)->keys() == std::vector<int>{kMoonPaDe421});
  CHECK((*file)->search_order(kMoonPaDe421).size() == 1);
  CHECK((*file)->search_order(301).empty());
}

TEST_CASE("Golden pxform/sxform J2000 -> MOON_PA(_DE421): the binary PCK orientation") {
  const sc_test::Golden golden = sc_test::read_golden("frames.json");
  KernelRegistry r;
  load(r, "/kernels/" + kMoonPck, fixture_bytes(kMoonPck));
  const double abs_tol = golden.abs_tol;
  const double rel_tol = golden.rel_tol;
  int compared = 0, errors = 0, identical_cases = 0, elements = 0, identical_elements = 0;
  double max_diff = 0;
  sc_test::for_each_case(golden, {"pxform", "sxform"}, [&](const sc_test::Json& c) {
    const std::string call = c["call"].string();
    const auto& args = c["args"].array();
    const std::string from = args[0].string(), to = args[1].string();
    if (to != "MOON_PA" && to != "MOON_PA_DE421") return;
    const auto inertial = sc::inertial::frame_id(from);
    if (!inertial) return;  // MOON_ME -> MOON_PA needs the FK frames: the frame system's tests
    const double et = args[2].number();
    auto o = sc::pck::orientation(r, kMoonPaDe421, et);
    REQUIRE(o.ok());
    if (c.has("error")) {
      // Outside the segment's coverage: no orientation, though the class has segments (CSPICE's
      // frame system then reports SPICE(FRAMEDATANOTFOUND)).
      CHECK(c["error"].string() == "SPICE(FRAMEDATANOTFOUND)");
      CHECK_FALSE(o->has_value());
      CHECK(sc::pck::has_segments(r, kMoonPaDe421));
      ++errors;
      return;
    }
    REQUIRE(o->has_value());
    CHECK((**o).base_frame == 1);
    Mat6 x = (**o).xform;
    if (*inertial != 1) {
      // Other inertial frames (ECLIPJ2000 here): the constant rotation into J2000 first. The frame
      // system's exact operation order is not this test's business; within tolerance only.
      auto to_j2000 = sc::inertial::state_transform(*inertial, 1);
      REQUIRE(to_j2000.ok());
      Mat6 y{};
      for (int i = 0; i < 6; ++i)
        for (int j = 0; j < 6; ++j)
          for (int k = 0; k < 6; ++k) y[i][j] += x[i][k] * (*to_j2000)[k][j];
      x = y;
    }
    const int n = call == "pxform" ? 3 : 6;
    const auto& expect = c["expect"].array();
    REQUIRE(expect.size() == static_cast<std::size_t>(n * n));
    bool identical = true;
    for (int i = 0; i < n; ++i) {
      for (int j = 0; j < n; ++j) {
        const double e = expect[static_cast<std::size_t>(i * n + j)].number();
        const double diff = std::fabs(x[i][j] - e);
        CHECK_MESSAGE(diff <= abs_tol + rel_tol * std::fabs(e),
                      c["id"].string() << " [" << i << "][" << j << "]: got " << x[i][j] << ", expected " << e);
        if (*inertial == 1) {
          max_diff = std::max(max_diff, diff);
          ++elements;
          identical_elements += x[i][j] == e;
          identical = identical && x[i][j] == e;
        }
      }
    }
    ++compared;
    if (*inertial == 1) identical_cases += identical;
  });
  CHECK(compared == 24);
  CHECK(errors == 1);
  // Not only within tolerance: CSPICE's bits. (std::fmod in place of Fortran's MOD for w, for
  // instance, stays within 1e-12 but leaves most elements a few ulps off.)
  CHECK(identical_elements == elements);
  MESSAGE("J2000 cases: " << identical_elements << " of " << elements << " elements bit-identical, "
                          << identical_cases << " whole cases; max |diff| " << max_diff << " (" << compared
                          << " cases compared in all)");
}

TEST_CASE("Type 2 derivative block (EUL2XF) agrees with the rotation's finite differences") {
  KernelRegistry r;
  load(r, "/kernels/moon.bpc", fixture_bytes(kMoonPck));
  auto at = [&](double et) { return xform_at(r, kMoonPaDe421, et); };
  for (double et : {-2.9e9, -1.0e9, 0.0, 5.3e8, 1.5e9}) check_derivative_block(at, et, 10.0, 1e-13);
}

TEST_CASE("Type 2 angles: the file's phi, delta, w with w reduced modulo 2 pi, and [w]3 [delta]1 [phi]3") {
  // Constant angles, w = 7 (reduced to 7 - 2 pi), and linear ones for the rates.
  const auto bytes = build_pck({type2(0, 100, 1000, {0.4, 0.3, 7.0}, {0, 0, 0}, "constant"),
                                type2(200, 300, 1001, {0.4, 0.3, 1.0}, {0.5, -0.25, 5.0}, "linear")});
  auto file = sc_test::open_pck_file(sc::io::Bytes::from_vector(bytes), "synthetic.bpc");
  REQUIRE(file.ok());
  const auto segments = sc_test::pck_segments(**file);
  auto angles = sc::pck::evaluate_type02_angles(**file, segments[0], 30.0);
  REQUIRE(angles.ok());
  CHECK((*angles)[0] == 0.4);
  CHECK((*angles)[1] == 0.3);
  CHECK((*angles)[2] == 7.0 - sc::math::kTwoPi);
  auto x = sc::pck::evaluate_type02(**file, segments[0], 30.0);
  REQUIRE(x.ok());
  const Mat3 expected = sc::math::multiply(
      sc::math::multiply(sc::math::rotate(7.0, 3), sc::math::rotate(0.3, 1)), sc::math::rotate(0.4, 3));
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < 3; ++j) {
      CHECK((*x)[i][j] == doctest::Approx(expected[i][j]).epsilon(1e-14));
      CHECK((*x)[i + 3][j] == 0.0);
    }
  }
  // Rates: d/dt (c0 + c1 (t - mid) / radius) = c1 / radius.
  auto linear = sc::pck::evaluate_type02_angles(**file, segments[1], 260.0);
  REQUIRE(linear.ok());
  CHECK((*linear)[3] == 0.5 / 50);
  CHECK((*linear)[4] == -0.25 / 50);
  CHECK((*linear)[5] == 5.0 / 50);
  auto at = [&](double et) {
    auto m = sc::pck::evaluate_type02(**file, segments[1], et);
    REQUIRE(m.ok());
    return *m;
  };
  for (double et : {210.0, 250.0, 290.0}) check_derivative_block(at, et, 1e-3, 1e-8);
}

TEST_CASE("Coverage: endpoints included, nothing outside, has_segments regardless of coverage") {
  KernelRegistry r;
  CHECK_FALSE(sc::pck::has_segments(r, kMoonPaDe421));
  load(r, "/kernels/moon.bpc", fixture_bytes(kMoonPck));
  CHECK(sc::pck::has_segments(r, kMoonPaDe421));
  CHECK_FALSE(sc::pck::has_segments(r, 31007));
  CHECK(xform_at(r, kMoonPaDe421, kMoonStart)[2][2] != 0.0);
  CHECK(xform_at(r, kMoonPaDe421, kMoonEnd)[2][2] != 0.0);
  for (double et : {std::nextafter(kMoonStart, -1e300), std::nextafter(kMoonEnd, 1e300), 3e9,
                    std::numeric_limits<double>::quiet_NaN()}) {
    auto o = sc::pck::orientation(r, kMoonPaDe421, et);
    REQUIRE(o.ok());
    CHECK_FALSE(o->has_value());
  }
  auto other = sc::pck::orientation(r, 31007, 0.0);
  REQUIRE(other.ok());
  CHECK_FALSE(other->has_value());

  // A gap between two segments of one class.
  load(r, "/kernels/gap.bpc",
       build_pck({type2(0, 100, 1000, {0.1, 0.2, 0.3}, {0, 0, 0}, "early"),
                  type2(200, 300, 1000, {0.1, 0.2, 0.4}, {0, 0, 0}, "late")}));
  CHECK(sc::pck::has_segments(r, 1000));
  auto gap = sc::pck::orientation(r, 1000, 150.0);
  REQUIRE(gap.ok());
  CHECK_FALSE(gap->has_value());
  CHECK(sc_test::find_pck(r, 1000, 100.0)->segment.name == "early");
  CHECK(sc_test::find_pck(r, 1000, 200.0)->segment.name == "late");
  // The moon is still found once another PCK is loaded after it.
  CHECK(xform_at(r, kMoonPaDe421, 0.0)[2][2] != 0.0);
}

TEST_CASE("Segment precedence: last file loaded first, last segment in a file first") {
  auto name_at = [](const KernelRegistry& r, double et) -> std::string {
    auto found = sc_test::find_pck(r, 1000, et);
    return found ? found->segment.name : "none";
  };
  const auto a = build_pck({type2(0, 100, 1000, {0.1, 0.2, 0.3}, {0, 0, 0}, "a1"),
                            type2(50, 150, 1000, {0.1, 0.2, 0.5}, {0, 0, 0}, "a2"),
                            type2(0, 200, 1001, {0.1, 0.2, 0.6}, {0, 0, 0}, "other class"),
                            type2(300, 10, 1000, {0.1, 0.2, 0.7}, {0, 0, 0}, "invisible")});
  const auto b = build_pck({type2(0, 60, 1000, {0.1, 0.2, 0.9}, {0, 0, 0}, "b1")});
  KernelRegistry r;
  load(r, "/kernels/a.bpc", a);
  CHECK(name_at(r, 25.0) == "a1");
  CHECK(name_at(r, 49.0) == "a1");
  CHECK(name_at(r, 50.0) == "a2");  // both cover it; the later segment in the file wins
  CHECK(name_at(r, 100.0) == "a2");
  CHECK(name_at(r, 150.0) == "a2");
  CHECK(name_at(r, 151.0) == "none");
  CHECK(name_at(r, 20.0) == "a1");  // the invisible segment (start > end) covers nothing
  load(r, "/kernels/b.bpc", b);
  CHECK(name_at(r, 55.0) == "b1");
  CHECK(name_at(r, 0.0) == "b1");
  CHECK(name_at(r, 61.0) == "a2");
  // The winning segment's data is what orientation() evaluates.
  const Mat6 from_b = xform_at(r, 1000, 55.0);
  CHECK(from_b[0][0] == sc::math::eul2m(0.9, 0.2, 0.1, 3, 1, 3)[0][0]);
  // Loading a.bpc again makes it the newest.
  load(r, "/kernels/a.bpc", a);
  CHECK(name_at(r, 55.0) == "a2");
  CHECK(name_at(r, 10.0) == "a1");
  REQUIRE(r.unload("/kernels/a.bpc").ok());
  CHECK(name_at(r, 10.0) == "b1");
  CHECK(name_at(r, 100.0) == "none");
}

TEST_CASE("Type 3: RA, DEC, W and angular velocity in degrees from a generic segment") {
  const double rpd = sc::math::kRadiansPerDegree;
  // Packet 1 on [0, 1000): W = 100 + 50 s degrees, so the body spins at 0.1 deg/s about its z axis.
  // Packet 2 on [1000, 2000]: a different pole, and the angular velocity to match.
  const std::array<double, 12> p1{30, 0, 60, 0, 100, 50, 0, 0, 0, 0, 0.1, 0};
  const std::array<double, 12> p2{35, 0, 65, 0, 200, 50, 0, 0, 0, 0, 0.1, 0};
  for (int meta_items : {17, 15}) {
    CAPTURE(meta_items);
    const auto bytes = build_pck({type3({0.0, 1000.0}, 2000.0, 2000, {p1, p2}, meta_items)});
    KernelRegistry r;
    load(r, "/kernels/t3.bpc", bytes);
    auto at = [&](double et) { return xform_at(r, 2000, et); };

    auto expected = [&](double ra, double dec, double w) {
      return sc::math::multiply(sc::math::multiply(sc::math::rotate(w * rpd, 3), sc::math::rotate((90 - dec) * rpd, 1)),
                                sc::math::rotate((90 + ra) * rpd, 3));
    };
    const double t = 250.0;  // s = (250 - 500) / 500 = -0.5
    const Mat6 x = at(t);
    const Mat3 e = expected(30, 60, 75);
    for (int i = 0; i < 3; ++i)
      for (int j = 0; j < 3; ++j) CHECK(x[i][j] == doctest::Approx(e[i][j]).epsilon(1e-14));
    // The stored angular velocity is the true one here, so the derivative block is dR/dt.
    for (double et : {10.0, 250.0, 990.0, 1500.0}) check_derivative_block(at, et, 1e-2, 1e-12);
    // The packet whose reference epoch is the last one <= et: 1000 belongs to the second packet.
    const Mat3 second = expected(35, 65, 200 - 50);
    CHECK(at(1000.0)[0][0] == doctest::Approx(second[0][0]).epsilon(1e-14));
    const Mat3 first = expected(30, 60, 150);
    CHECK(at(std::nextafter(1000.0, 0.0))[0][0] == doctest::Approx(first[0][0]).epsilon(1e-14));
    CHECK(at(2000.0)[2][2] == doctest::Approx(expected(35, 65, 250)[2][2]).epsilon(1e-14));
  }
}

TEST_CASE("Type 3 errors: record too large for PCKMAT, bad counts, bad meta data") {
  auto error_of = [](SegmentSpec spec) {
    KernelRegistry r;
    load(r, "/kernels/t3.bpc", build_pck({std::move(spec)}));
    auto o = sc::pck::orientation(r, 2000, 500.0);
    REQUIRE_FALSE(o.ok());
    CHECK(o.error().long_msg.find("'/kernels/t3.bpc'") != std::string::npos);
    return o.error().short_code;
  };
  const std::array<double, 12> p{30, 0, 60, 0, 100, 50, 0, 0, 0, 0, 0.1, 0};
  auto spec = type3({0.0}, 1000.0, 2000, {p});
  auto big = spec;
  big.data[0] = 22.0;  // 22 * 6 + 2 = 134 words > 130
  CHECK(error_of(big) == "SPICE(PCKKRECTOOLARGE)");
  auto none = spec;
  none.data[0] = 0.0;
  CHECK(error_of(none) == "SPICE(INVALIDCOUNT)");
  auto small_packets = spec;
  small_packets.data[0] = 3.0;  // 6 * 3 + 2 words needed, packets hold 14
  CHECK(error_of(small_packets) == "SPICE(INVALIDCOUNT)");
  auto few_meta = spec;
  few_meta.data.back() = 14.0;
  CHECK(error_of(few_meta) == "SPICE(INVALIDMETADATA)");
  auto outside = spec;
  outside.data[outside.data.size() - 6] = 1000;  // NPKT
  CHECK(error_of(outside) == "SPICE(INVALIDMETADATA)");
  auto late_reference = spec;
  late_reference.data[1 + 14] = 600.0;  // the packet's reference epoch after the request
  CHECK(error_of(late_reference) == "SPICE(REQUESTOUTOFBOUNDS)");
}

TEST_CASE("Corrupt and truncated binary PCKs fail at furnsh, naming the file; bad data fails at use") {
  KernelRegistry r;
  load(r, "/kernels/moon.bpc", fixture_bytes(kMoonPck));

  const auto full = fixture_bytes(kMoonPck);
  std::vector<std::uint8_t> cut(full.begin(), full.begin() + 500000);
  auto status = load_bytes(r, "/kernels/cut.bpc", std::move(cut));
  REQUIRE_FALSE(status.ok());
  CHECK(status.error().short_code == "SPICE(DAFBEGGTEND)");
  CHECK(status.error().long_msg.find("'/kernels/cut.bpc'") != std::string::npos);
  CHECK(r.ktotal("ALL") == 1);
  CHECK_FALSE(r.kinfo("/kernels/cut.bpc"));

  auto cyclic = full;
  put_double(cyclic, 3 * 1024, 4.0);  // the summary record's NEXT points at itself
  status = load_bytes(r, "/kernels/cyclic.bpc", std::move(cyclic));
  REQUIRE_FALSE(status.ok());
  CHECK(status.error().short_code == "SPICE(DAFCORRUPTED)");
  CHECK(status.error().long_msg.find("'/kernels/cyclic.bpc'") != std::string::npos);

  status = load_bytes(r, "/kernels/ni6.bpc", build_pck({type2(0, 1, 5, {0, 0, 0}, {0, 0, 0}, "x")}, 6));
  REQUIRE_FALSE(status.ok());
  CHECK(status.error().short_code == "SPICE(DAFINVALIDPARAMS)");
  CHECK(status.error().long_msg.find("'/kernels/ni6.bpc'") != std::string::npos);
  CHECK(r.ktotal("PCK") == 1);

  // Data errors surface when the segment is used: a zero INTLEN in the record directory.
  auto zero_intlen = full;
  put_double(zero_intlen, static_cast<std::size_t>(221284 - 3) * 8, 0.0);
  load(r, "/kernels/zero-intlen.bpc", std::move(zero_intlen));
  auto o = sc::pck::orientation(r, kMoonPaDe421, 0.0);
  REQUIRE_FALSE(o.ok());
  CHECK(o.error().short_code == "SPICE(INTLENNOTPOS)");
  CHECK(o.error().long_msg.find("'/kernels/zero-intlen.bpc'") != std::string::npos);

  // An unsupported type is an error, not a silent fallback.
  load(r, "/kernels/type99.bpc", build_pck({{0, 10, 1000, 99, {1, 2, 3, 4}, "odd"}}));
  o = sc::pck::orientation(r, 1000, 5.0);
  REQUIRE_FALSE(o.ok());
  CHECK(o.error().short_code == "SPICE(PCKTYPENOTSUPP)");
}
