// The SPK type 20 writer (core/writers/spk/spkw20_chebyshev_velocity): SPKW20's checks, in its order,
// leaving the file unchanged, and its coverage tolerance.
#include <doctest/doctest.h>

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

TEST_CASE("spkw20 checks its input with CSPICE's codes and leaves the file unchanged") {
  Context ctx;
  const int h = ok(sc::spk::spkopn(ctx, "/kernels/bad.bsp", "bad", 0, OutputKind::virtual_output));
  const auto before = ok(ctx.outputs().writer(h))->bytes();
  const std::string long_id(41, 'X');
  const SegmentSpec good{3, 10, "J2000", {}, 0.0, 900.0, "GOOD"};
  auto with = [&](auto change) {
    SegmentSpec s = good;
    change(s);
    return s;
  };

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
  CHECK(ok(ctx.outputs().writer(h))->bytes() == before);
  // SPKW20's tolerance is 1e-13 of the records' largest |epoch|, here 8.64e-9 s.
  CHECK(w20(SegmentSpec{3, 10, "J2000", {}, 0.0, 86400.000000008, "G20"}) == "(ok)");
  CHECK(w20(SegmentSpec{3, 10, "J2000", {}, 0.0, 86400.00000001, "G20"}) == "SPICE(COVERAGEGAP)");
  CHECK(w20(g20) == "(ok)");
  CHECK(ok(ctx.outputs().writer(h))->array_count() == 2);  // the two accepted segments
}
