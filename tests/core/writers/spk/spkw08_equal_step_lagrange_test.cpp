// The SPK type 8 writer (core/writers/spk/spkw08_equal_step_lagrange): CSPICE's example file rebuilt byte for byte,
// states sampled from DE430 interpolated back, and SPKW08's checks.
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

using sc_test::check_sampled_round_trip;
using sc_test::check_rewrites_byte_for_byte;
using sc_test::error_code;
using sc_test::ok;
using sc::Context;
using sc::kernels::OutputKind;
using sc::spk::SegmentSpec;

}  // namespace

TEST_CASE("spkw08 rebuilds CSPICE's example1spk_seg8.bsp byte for byte") {
  check_rewrites_byte_for_byte("spk/example1spk_seg8.bsp");
}

TEST_CASE("Type 8 written from sampled states by spkw08 interpolates them back") { check_sampled_round_trip(8); }

TEST_CASE("spkw08 checks its input with CSPICE's codes and leaves the file unchanged") {
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
  auto w08 = [&](SegmentSpec s, int degree = 3, int n = 10, double epoch1 = 0, double step = 100) {
    return error_code(sc::spk::spkw08(ctx, h, s, degree, n, states, epoch1, step));
  };
  CHECK(w08(with([](auto& s) { s.frame = "NOT_A_FRAME"; })) == "SPICE(INVALIDREFFRAME)");
  CHECK(w08(with([](auto& s) { s.frame = ""; })) == "SPICE(EMPTYSTRING)");
  CHECK(w08(with([](auto& s) { s.segid = ""; })) == "SPICE(EMPTYSTRING)");
  const std::string long_id(41, 'X'), padded_id = std::string(40, 'X') + "   ";
  CHECK(w08(with([&](auto& s) { s.segid = long_id; })) == "SPICE(SEGIDTOOLONG)");
  CHECK(w08(with([](auto& s) { s.segid = "A\tB"; })) == "SPICE(NONPRINTABLECHARS)");
  CHECK(w08(good, 0) == "SPICE(INVALIDDEGREE)");
  CHECK(w08(good, 28) == "SPICE(INVALIDDEGREE)");
  CHECK(w08(good, 9, 9) == "SPICE(TOOFEWSTATES)");
  CHECK(w08(with([](auto& s) { s.first = 900; })) == "SPICE(BADDESCRTIMES)");
  CHECK(w08(good, 3, 10, 0, 0) == "SPICE(INVALIDSTEPSIZE)");
  CHECK(w08(with([](auto& s) { s.first = -1; })) == "SPICE(COVERAGEGAP)");
  CHECK(w08(with([](auto& s) { s.last = 901; })) == "SPICE(COVERAGEGAP)");
  CHECK(ok(ctx.outputs().writer(h))->bytes() == before);
  // Within CSPICE's 1e-13 relative tolerance, and with blanks past position 40: accepted.
  CHECK(w08(with([](auto& s) { s.last = 900.00000000001; })) == "(ok)");
  CHECK(w08(with([&](auto& s) { s.segid = padded_id; })) == "(ok)");
}
