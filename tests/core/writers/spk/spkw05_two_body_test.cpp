// The SPK type 5 writer (core/writers/spk/spkw05_two_body): CSPICE's example segment rebuilt word for
// word with the same states, the epoch directory the reader uses, and SPKW05's checks in its order.
#include <doctest/doctest.h>

#include <cmath>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "context.hpp"
#include "fixtures.hpp"
#include "segment_files.hpp"
#include "spk/segment_evaluation.hpp"
#include "spk_builders.hpp"
#include "writers/spk/spk_writer_api.hpp"

namespace {

using sc_test::check_same_segment;
using sc_test::check_same_states;
using sc_test::close_and_open;
using sc_test::epochs_from;
using sc_test::spec_of;
using sc_test::error_code;
using sc_test::only_segment;
using sc_test::fixture_bytes;
using sc_test::ok;
using sc_test::open_spk;
using sc_test::segment_words;
using sc::Context;
using sc::kernels::OutputKind;
using sc::spk::SegmentSpec;

}  // namespace

TEST_CASE("spkw05 rebuilds the segment of a CSPICE-read file word for word, with the same states") {
  const char* name = "spk/example1spk_seg5.bsp";
  CAPTURE(name);
  const auto original = open_spk(fixture_bytes(name), name);
  const auto& s = only_segment(*original);
  const auto w = segment_words(*original, s);
  const int n = static_cast<int>(w.back());
  Context ctx;
  const int h = ok(sc::spk::spkopn(ctx, "/kernels/copy.bsp", "copy", 0, OutputKind::virtual_output));
  const std::span<const double> all(w);
  ok(sc::spk::spkw05(ctx, h, spec_of(s), w[w.size() - 2], n, all.first(6 * n), all.subspan(6 * n, n)));
  const auto copy = close_and_open(ctx, h);
  const auto& c = only_segment(*copy);
  check_same_segment(*copy, c, *original, s);
  check_same_states(*copy, c, *original, s, 97, {});  // type 5 has two states only
}

TEST_CASE("Type 5 directories hold epochs 100, 200, ... up to N, and the reader uses them") {
  Context ctx;
  const int h = ok(sc::spk::spkopn(ctx, "/kernels/dir.bsp", "dir", 0, OutputKind::virtual_output));
  // Type 5: 200 states of a circular orbit, so the last epoch is in the directory as well.
  const double gm = 398600.435436, r = 7000.0;
  const double w = std::sqrt(gm / (r * r * r));
  const auto ep5 = epochs_from(0.0, 60.0, 200);
  std::vector<double> states;
  for (double t : ep5) {
    const double c = std::cos(w * t), s = std::sin(w * t);
    states.insert(states.end(), {r * c, r * s, 0.0, -r * w * s, r * w * c, 0.0});
  }
  ok(sc::spk::spkw05(ctx, h, SegmentSpec{-5, 399, "J2000", {}, ep5.front(), ep5.back(), "T5"}, gm, 200, states, ep5));
  const auto file = close_and_open(ctx, h);
  REQUIRE(sc_test::spk_segments(*file).size() == 1);

  const auto s5 = sc_test::spk_segments(*file)[0];
  const auto w5 = segment_words(*file, s5);
  REQUIRE(w5.size() == 200 * 6 + 200 + 2 + 2);
  CHECK(std::vector<double>(w5.begin(), w5.begin() + 1200) == states);
  CHECK(std::vector<double>(w5.begin() + 1200, w5.begin() + 1400) == ep5);
  CHECK(w5[1400] == ep5[99]);
  CHECK(w5[1401] == ep5[199]);
  CHECK(w5[1402] == gm);
  CHECK(w5[1403] == 200.0);
  // At the sample epochs, including those beside the directory entries: the samples back.
  for (int i : {0, 1, 98, 99, 100, 150, 198, 199}) {
    CAPTURE(i);
    const auto got = ok(sc::spk::evaluate_segment(*file, s5, ep5[static_cast<std::size_t>(i)]));
    for (std::size_t k = 0; k < 6; ++k) {
      const double want = states[static_cast<std::size_t>(6 * i) + k];
      CHECK(std::fabs(got[k] - want) <= 1e-12 * (k < 3 ? r : r * w));
    }
  }
}

TEST_CASE("spkw05 checks its input with CSPICE's codes in SPKW05's order and leaves the file unchanged") {
  Context ctx;
  const int h = ok(sc::spk::spkopn(ctx, "/kernels/bad5.bsp", "bad", 0, OutputKind::virtual_output));
  const auto before = ok(ctx.outputs().writer(h))->bytes();
  const std::vector<double> states(60, 1.0);
  const auto epochs = epochs_from(0.0, 100.0, 10);
  const SegmentSpec good{3, 10, "J2000", {}, 0.0, 900.0, "GOOD"};
  const std::string long_id(41, 'X');
  auto with = [&](auto change) {
    SegmentSpec s = good;
    change(s);
    return s;
  };
  auto w05 = [&](SegmentSpec s, double gm = 1.0, std::vector<double> e = {}, std::optional<int> n = {}) {
    if (e.empty()) e = epochs;
    return error_code(sc::spk::spkw05(ctx, h, s, gm, n.value_or(static_cast<int>(e.size())), states, e));
  };
  CHECK(w05(good, 0.0) == "SPICE(NONPOSITIVEMASS)");
  CHECK(w05(good, -1.0) == "SPICE(NONPOSITIVEMASS)");
  CHECK(w05(with([](auto& s) { s.frame = "NOT_A_FRAME"; })) == "SPICE(INVALIDREFFRAME)");
  CHECK(w05(with([](auto& s) { s.frame = ""; })) == "SPICE(EMPTYSTRING)");
  CHECK(w05(with([](auto& s) { s.segid = ""; })) == "SPICE(EMPTYSTRING)");
  CHECK(w05(good, 1.0, epochs, 0) == "SPICE(NUMSTATESNOTPOS)");
  CHECK(w05(good, 1.0, epochs, -3) == "SPICE(NUMSTATESNOTPOS)");
  auto swapped = epochs;
  std::swap(swapped[3], swapped[4]);
  auto repeated = epochs;
  repeated[5] = repeated[4];
  CHECK(w05(good, 1.0, swapped) == "SPICE(UNORDEREDTIMES)");
  CHECK(w05(good, 1.0, repeated) == "SPICE(UNORDEREDTIMES)");
  CHECK(w05(with([](auto& s) { s.first = 901; })) == "SPICE(BADDESCRTIMES)");
  CHECK(w05(with([](auto& s) { s.segid = "A\tB"; })) == "SPICE(NONPRINTABLECHARS)");
  CHECK(w05(with([&](auto& s) { s.segid = long_id; })) == "SPICE(SEGIDTOOLONG)");
  // The order: GM before the frame, the frame before the count, the count before the epochs, the
  // epochs before the descriptor times, those before the identifier, printability before length.
  CHECK(w05(with([](auto& s) { s.frame = "NOPE"; }), 0.0) == "SPICE(NONPOSITIVEMASS)");
  CHECK(w05(with([](auto& s) { s.frame = "NOPE"; }), 1.0, epochs, 0) == "SPICE(INVALIDREFFRAME)");
  CHECK(w05(with([](auto& s) { s.first = 901; }), 1.0, swapped) == "SPICE(UNORDEREDTIMES)");
  CHECK(w05(with([&](auto& s) {
          s.first = 901;
          s.segid = long_id;
        })) == "SPICE(BADDESCRTIMES)");
  const std::string long_id_tab = long_id + "\t";
  CHECK(w05(with([&](auto& s) { s.segid = long_id_tab; })) == "SPICE(NONPRINTABLECHARS)");
  // The C++ API's guard: the arrays must hold what n asks for.
  CHECK(w05(good, 1.0, epochs, 11) == "SPICE(INVALIDSIZE)");
  CHECK(ok(ctx.outputs().writer(h))->bytes() == before);

  // What SPKW05 lets through: no SPKPDS checks, no comparison of the epochs with [first, last],
  // first == last, trailing blanks past position 40.
  CHECK(w05(with([](auto& s) { s.body = 0; })) == "(ok)");
  CHECK(w05(with([](auto& s) { s.center = 3; })) == "(ok)");
  CHECK(w05(with([](auto& s) {
          s.first = -500;
          s.last = 5000;
        })) == "(ok)");
  CHECK(w05(with([](auto& s) { s.last = 0; })) == "(ok)");
  const std::string padded_id = std::string(40, 'X') + "   ";
  CHECK(w05(with([&](auto& s) { s.segid = padded_id; })) == "(ok)");
  CHECK(w05(good, 1.0, {5.0}) == "(ok)");  // a single state
  CHECK(ok(ctx.outputs().writer(h))->array_count() == 6);
}
