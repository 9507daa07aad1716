// The SPK type 18 writer (core/writers/spk/spkw18_packet_interpolation): SPKW18's checks, in its
// order, leaving the file unchanged.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "context.hpp"
#include "fixtures.hpp"
#include "generated_kernels.hpp"
#include "packet_windows.hpp"
#include "segment_files.hpp"
#include "spk_builders.hpp"
#include "writers/spk/spk_writer_api.hpp"

namespace {

using sc_test::error_code;
using sc_test::ok;
using sc::Context;
using sc::kernels::OutputKind;
using sc::spk::SegmentSpec;

}  // namespace

TEST_CASE("spkw18 checks its input with CSPICE's codes and leaves the file unchanged") {
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
  CHECK(ok(ctx.outputs().writer(h))->array_count() == 2);  // the two accepted segments
}
