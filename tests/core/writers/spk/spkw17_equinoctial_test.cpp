// The SPK type 17 writer (core/writers/spk/spkw17_equinoctial): SPKW17's checks, in its order.
#include <doctest/doctest.h>

#include <array>
#include <cmath>
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

using sc_test::error_code;
using sc_test::ok;
using sc::Context;
using sc::kernels::OutputKind;
using sc::spk::SegmentSpec;

}  // namespace

TEST_CASE("spkw17 checks its input with CSPICE's codes and leaves the file unchanged") {
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

  auto w17 = [&](std::array<double, 9> e, SegmentSpec s = SegmentSpec{-5, 399, "J2000", {}, 0.0, 100.0, "GOOD"}) {
    return error_code(sc::spk::spkw17(ctx, h, s, 0.0, e, 0.0, 1.0));
  };
  const std::array<double, 9> elements{7000.0, 0.1, 0.2, 0.0, 0.1, 0.1, 0.0, 1e-3, 0.0};
  auto elts = [&](auto change) {
    auto e = elements;
    change(e);
    return e;
  };
  CHECK(w17(elts([](auto& e) { e[0] = 0.0; })) == "SPICE(BADSEMIAXIS)");
  CHECK(w17(elts([](auto& e) {
          e[1] = 0.7;
          e[2] = 0.7;
        })) == "SPICE(BADECCENTRICITY)");
  CHECK(w17(elements, with([&](auto& s) { s.segid = long_id; })) == "SPICE(SEGIDTOOLONG)");
  CHECK(w17(elements, with([](auto& s) { s.segid = "A\x7f"; })) == "SPICE(NONPRINTABLECHARS)");
  CHECK(w17(elements, with([](auto& s) { s.body = 0; })) == "SPICE(BARYCENTEREPHEM)");
  CHECK(w17(elements, with([](auto& s) { s.center = -5; })) == "SPICE(BODYANDCENTERSAME)");
  CHECK(w17(elements, with([](auto& s) { s.frame = "NOPE"; })) == "SPICE(INVALIDREFFRAME)");
  CHECK(w17(elements, with([](auto& s) { s.first = 100.0; })) == "SPICE(BADDESCRTIMES)");
  CHECK(ok(ctx.outputs().writer(h))->bytes() == before);
  // Accepted: an eccentricity just below 0.9.
  CHECK(w17(elts([](auto& e) {
          e[1] = 0.899;
          e[2] = 0.0;
        })) == "(ok)");
}
