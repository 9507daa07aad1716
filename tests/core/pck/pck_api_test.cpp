// Orientation from binary PCKs (core/pck/pck_api): the golden pxform/sxform J2000 -> MOON_PA cases,
// coverage (endpoints included, nothing outside), and corrupt or truncated files.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "golden_fixture.hpp"
#include "inertial/inertial_frames.hpp"
#include "kernels/kernel_registry.hpp"
#include "kernels/segment_search.hpp"
#include "math/rotation.hpp"
#include "pck/pck_api.hpp"
#include "pck_kernels.hpp"
#include "segment_files.hpp"

namespace {

using sc_test::fixture_bytes;
using sc::kernels::KernelRegistry;
using sc::math::Mat6;
using sc_test::build_pck;
using sc_test::kMoonEnd;
using sc_test::kMoonPaDe421;
using sc_test::kMoonPck;
using sc_test::kMoonStart;
using sc_test::type2;
using sc_test::xform_at;

// A kernel that must load.
void load(KernelRegistry& registry, const std::string& name, std::vector<std::uint8_t> bytes) {
  sc_test::load_bytes(registry, name, std::move(bytes));
}

// A kernel that may fail to load.
sc::Status try_load(KernelRegistry& registry, const std::string& name, std::vector<std::uint8_t> bytes) {
  return registry.furnsh_bytes(name, sc::io::Bytes::from_vector(std::move(bytes)));
}

}  // namespace

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

TEST_CASE("Corrupt and truncated binary PCKs fail at furnsh, naming the file; bad data fails at use") {
  KernelRegistry r;
  load(r, "/kernels/moon.bpc", fixture_bytes(kMoonPck));

  const auto full = fixture_bytes(kMoonPck);
  std::vector<std::uint8_t> cut(full.begin(), full.begin() + 500000);
  auto status = try_load(r, "/kernels/cut.bpc", std::move(cut));
  REQUIRE_FALSE(status.ok());
  CHECK(status.error().short_code == "SPICE(DAFBEGGTEND)");
  CHECK(status.error().long_msg.find("'/kernels/cut.bpc'") != std::string::npos);
  CHECK(r.ktotal("ALL") == 1);
  CHECK_FALSE(r.kinfo("/kernels/cut.bpc"));

  auto cyclic = full;
  sc_test::put_double_at(cyclic, 3 * 1024, 4.0);  // the summary record's NEXT points at itself
  status = try_load(r, "/kernels/cyclic.bpc", std::move(cyclic));
  REQUIRE_FALSE(status.ok());
  CHECK(status.error().short_code == "SPICE(DAFCORRUPTED)");
  CHECK(status.error().long_msg.find("'/kernels/cyclic.bpc'") != std::string::npos);

  status = try_load(r, "/kernels/ni6.bpc", build_pck({type2(0, 1, 5, {0, 0, 0}, {0, 0, 0}, "x")}, 6));
  REQUIRE_FALSE(status.ok());
  CHECK(status.error().short_code == "SPICE(DAFINVALIDPARAMS)");
  CHECK(status.error().long_msg.find("'/kernels/ni6.bpc'") != std::string::npos);
  CHECK(r.ktotal("PCK") == 1);

  // Data errors surface when the segment is used: a zero INTLEN in the record directory.
  auto zero_intlen = full;
  sc_test::put_double_at(zero_intlen, static_cast<std::size_t>(221284 - 3) * 8, 0.0);
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
