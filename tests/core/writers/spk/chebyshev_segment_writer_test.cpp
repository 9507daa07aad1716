// What the SPK type 2 and 3 writers share (core/writers/spk/chebyshev_segment_writer): their checks,
// with CSPICE's codes.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "context.hpp"
#include "fixtures.hpp"
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

TEST_CASE("spkw02 and spkw03 check their input with CSPICE's codes") {
  Context ctx;
  const int h = ok(sc::spk::spkopn(ctx, "/kernels/bad.bsp", "bad", 0, OutputKind::virtual_output));
  const auto before = ok(ctx.outputs().writer(h))->bytes();
  std::vector<double> states(60, 1.0), epochs;
  for (int i = 0; i < 10; ++i) epochs.push_back(100.0 * i);
  const SegmentSpec good{3, 10, "J2000", {}, 0.0, 900.0, "GOOD"};
  auto with = [&](auto change) {
    SegmentSpec s = good;
    change(s);
    return s;
  };
  const std::string long_id(41, 'X');
  std::vector<double> cdata(3 * 4 * 2, 1.0);
  auto w02 = [&](SegmentSpec s, double intlen, int n, int degree, double btime = 0) {
    return error_code(sc::spk::spkw02(ctx, h, s, intlen, n, degree, cdata, btime));
  };
  const SegmentSpec cheb{3, 10, "J2000", {}, 0.0, 200.0, "CHEB"};
  CHECK(w02(cheb, 100, 0, 3) == "SPICE(NUMCOEFFSNOTPOS)");
  CHECK(w02(cheb, 100, 2, -1) == "SPICE(INVALIDDEGREE)");
  CHECK(w02(cheb, 100, 2, 28) == "SPICE(INVALIDDEGREE)");
  CHECK(w02(cheb, 0, 2, 3) == "SPICE(INTLENNOTPOS)");
  CHECK(w02(with([](auto& s) { s.frame = "NOPE"; }), 100, 2, 3) == "SPICE(INVALIDREFFRAME)");
  CHECK(w02(SegmentSpec{3, 10, "J2000", {}, 200.0, 0.0, "CHEB"}, 100, 2, 3) == "SPICE(BADDESCRTIMES)");
  CHECK(w02(cheb, 100, 2, 3, 1) == "SPICE(COVERAGEGAP)");
  CHECK(w02(SegmentSpec{3, 10, "J2000", {}, 0.0, 200.0, long_id}, 100, 2, 3) == "SPICE(IDSTRINGTOOLONG)");
  CHECK(w02(SegmentSpec{3, 10, "J2000", {}, 0.0, 200.0, "A\x7f"}, 100, 2, 3) == "SPICE(NONPRINTABLECHARS)");
  CHECK(error_code(sc::spk::spkw03(ctx, h, cheb, 100, 2, 1, cdata, 0)) == "(ok)");
  // Frames are looked up by the frame system: names of any case, non-inertial frames too.
  CHECK(w02(with([](auto& s) {
          s.frame = "eclipj2000";
          s.last = 200;
        }),
            100, 2, 3) == "(ok)");
}
