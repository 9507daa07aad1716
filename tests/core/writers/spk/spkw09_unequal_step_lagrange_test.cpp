// The SPK type 9 writer (core/writers/spk/spkw09_unequal_step_lagrange): CSPICE's example file rebuilt byte for byte,
// states sampled from DE430 interpolated back, and SPKW09's checks.
#include <doctest/doctest.h>

#include <algorithm>
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

TEST_CASE("spkw09 rebuilds CSPICE's example1spk_seg9.bsp byte for byte") {
  check_rewrites_byte_for_byte("spk/example1spk_seg9.bsp");
}

TEST_CASE("Type 9 written from sampled states by spkw09 interpolates them back") { check_sampled_round_trip(9); }

TEST_CASE("spkw09 checks its input with CSPICE's codes, in SPKW09's order, and leaves the file unchanged") {
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
  auto w09 = [&](SegmentSpec s, std::vector<double> e, int degree = 3) {
    return error_code(sc::spk::spkw09(ctx, h, s, degree, static_cast<int>(e.size()), states, e));
  };
  auto swapped = epochs;
  std::swap(swapped[3], swapped[4]);
  auto repeated = epochs;
  repeated[5] = repeated[4];
  CHECK(w09(good, swapped) == "SPICE(TIMESOUTOFORDER)");
  CHECK(w09(with([](auto& s) { s.first = -1; }), epochs) == "SPICE(BADDESCRTIMES)");
  CHECK(w09(good, epochs, 10) == "SPICE(TOOFEWSTATES)");
  // SPKW09 checks the descriptor times and printability before the identifier's length.
  CHECK(w09(with([&](auto& s) {
          s.first = 900;
          s.segid = long_id;
        }),
            epochs) == "SPICE(BADDESCRTIMES)");
  // SegmentSpec::segid is a view: the identifier it names must outlive the call.
  const std::string long_id_tab = long_id + "\t";
  CHECK(w09(with([&](auto& s) { s.segid = long_id_tab; }), epochs) == "SPICE(NONPRINTABLECHARS)");
  CHECK(ok(ctx.outputs().writer(h))->bytes() == before);
}
