// The SPK type 15 writer (core/writers/spk/spkw15_precessing_conic): SPKW15's checks, in its order.
#include <doctest/doctest.h>

#include <cmath>
#include <functional>
#include <string>

#include "context.hpp"
#include "daf/daf_writer.hpp"
#include "fixtures.hpp"
#include "generated_kernels.hpp"
#include "orbits.hpp"
#include "segment_files.hpp"
#include "spk_builders.hpp"
#include "writers/spk/spk_writer.hpp"
#include "writers/spk/spk_writer_api.hpp"

namespace {

using sc_test::Conic;
using sc_test::conic;
using sc_test::plus;
using sc_test::scaled;
using sc_test::error_code;
using sc_test::ok;
using sc::Context;
using sc::kernels::OutputKind;
using sc::spk::SegmentSpec;

}  // namespace

TEST_CASE("spkw15 checks its input with CSPICE's codes and leaves the file unchanged") {
  Context ctx;
  const int h = ok(sc::spk::spkopn(ctx, "/kernels/bad.bsp", "bad", 0, OutputKind::virtual_output));
  const auto before = ok(ctx.outputs().writer(h))->bytes();
  const SegmentSpec good{-5, 399, "J2000", {}, 0.0, 100.0, "GOOD"};
  auto with = [&](auto change) {
    SegmentSpec s = good;
    change(s);
    return s;
  };
  const std::string long_id(41, 'X');

  Conic c = conic();
  auto w15 = [&](std::function<void(Conic&)> change,
                 SegmentSpec s = SegmentSpec{-5, 399, "J2000", {}, 0.0, 100.0, "GOOD"}) {
    Conic x = c;
    change(x);
    return error_code(sc::spk::spkw15(ctx, h, s, x.epoch, x.tp, x.pa, x.p, x.ecc, x.flag, x.pv, x.gm, x.j2, x.radius));
  };
  auto none = [](Conic&) {};
  CHECK(w15([](Conic& x) { x.p = 0; }) == "SPICE(BADLATUSRECTUM)");
  CHECK(w15([](Conic& x) { x.ecc = -0.1; }) == "SPICE(BADECCENTRICITY)");
  CHECK(w15([](Conic& x) { x.gm = 0; }) == "SPICE(NONPOSITIVEMASS)");
  CHECK(w15([](Conic& x) { x.tp = {0, 0, 0}; }) == "SPICE(BADVECTOR)");
  CHECK(w15([](Conic& x) { x.pa = {0, 0, 0}; }) == "SPICE(BADVECTOR)");
  CHECK(w15([](Conic& x) { x.pv = {0, 0, 0}; }) == "SPICE(BADVECTOR)");
  CHECK(w15([](Conic& x) { x.radius = -1; }) == "SPICE(BADRADIUS)");
  CHECK(w15([](Conic& x) { x.pa = plus(x.pa, scaled(1e-3, x.tp)); }) == "SPICE(BADINITSTATE)");
  CHECK(w15(none, with([&](auto& s) { s.segid = long_id; })) == "SPICE(SEGIDTOOLONG)");
  CHECK(w15(none, with([](auto& s) { s.segid = "A\x01"; })) == "SPICE(NONPRINTABLECHARS)");
  CHECK(w15(none, with([](auto& s) { s.body = 0; })) == "SPICE(BARYCENTEREPHEM)");
  CHECK(w15(none, with([](auto& s) { s.center = -5; })) == "SPICE(BODYANDCENTERSAME)");
  CHECK(w15(none, with([](auto& s) { s.frame = "NOPE"; })) == "SPICE(INVALIDREFFRAME)");
  CHECK(w15(none, with([](auto& s) { s.first = 200.0; })) == "SPICE(BADDESCRTIMES)");
  // The element checks come first: a bad p is reported even with a bad descriptor.
  CHECK(w15([](Conic& x) { x.p = -1; }, with([](auto& s) { s.body = 0; })) == "SPICE(BADLATUSRECTUM)");
  CHECK(ok(ctx.outputs().writer(h))->bytes() == before);
  CHECK(w15(none) == "(ok)");
}
