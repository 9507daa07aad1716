// The SPK type 12 writer (core/writers/spk/spkw12_equal_step_hermite): CSPICE's example file rebuilt byte for byte,
// states sampled from DE430 interpolated back, and SPKW12's checks.
#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "context.hpp"
#include "fixtures.hpp"
#include "segment_files.hpp"
#include "spk_builders.hpp"
#include "writers/spk/spk_writer_api.hpp"

namespace {

using sc_test::check_sampled_round_trip;
using sc_test::check_rewrites_byte_for_byte;
using sc_test::error_code;
using sc_test::ok;
using sc::Context;
using sc::kernels::OutputKind;
using sc::spk::SegmentSpec;

}  // namespace

TEST_CASE("spkw12 rebuilds CSPICE's example1spk_seg12.bsp byte for byte") {
  check_rewrites_byte_for_byte("spk/example1spk_seg12.bsp");
}

TEST_CASE("Type 12 written from sampled states by spkw12 interpolates them back") { check_sampled_round_trip(12); }

TEST_CASE("spkw12 checks its input with CSPICE's codes") {
  Context ctx;
  const int h = ok(sc::spk::spkopn(ctx, "/kernels/bad.bsp", "bad", 0, OutputKind::virtual_output));
  const auto before = ok(ctx.outputs().writer(h))->bytes();
  std::vector<double> states(60, 1.0);
  const SegmentSpec good{3, 10, "J2000", {}, 0.0, 900.0, "GOOD"};
  auto w12 = [&](SegmentSpec s, int degree, int n) {
    return error_code(sc::spk::spkw12(ctx, h, s, degree, n, states, 0, 100));
  };
  CHECK(w12(good, 4, 10) == "SPICE(INVALIDDEGREE)");
  CHECK(w12(good, 29, 10) == "SPICE(INVALIDDEGREE)");
  CHECK(w12(good, 21, 10) == "SPICE(TOOFEWSTATES)");  // window of 11 states
  CHECK(w12(good, 19, 10) == "(ok)");
}
