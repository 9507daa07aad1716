// The SPK type 19 writer (core/writers/spk/spkw19_piecewise_interpolation): SPKW19's checks, in its
// order, interval by interval, leaving the file unchanged.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>

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

TEST_CASE("spkw19 checks its input with CSPICE's codes and leaves the file unchanged") {
  Context ctx;
  const int h = ok(sc::spk::spkopn(ctx, "/kernels/bad.bsp", "bad", 0, OutputKind::virtual_output));
  const auto before = ok(ctx.outputs().writer(h))->bytes();
  const std::string long_id(41, 'X');

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
  CHECK(ok(ctx.outputs().writer(h))->bytes() == before);
  CHECK(w19(in, g19) == "(ok)");
  CHECK(ok(ctx.outputs().writer(h))->array_count() == 1);  // the accepted segment
}
