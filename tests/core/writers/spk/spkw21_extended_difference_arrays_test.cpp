// The SPK type 21 writer (core/writers/spk/spkw21_extended_difference_arrays): CSPICE's example segment
// rebuilt word for word with the same states, the epoch directory the reader uses, SPKW21's checks
// in its order, and its step check across a line's end.
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

// The smallest lines SPKW21 takes: MAXDIM 15, 71 words (a type 1 line's size).
constexpr int kMaxdim = 15;

constexpr int kDlsize = 4 * kMaxdim + 11;

// A made-up but valid difference line of MAXDIM `maxdim`, no word zero: step sizes, the reference
// state (1000, 1001, ... 1005), small difference arrays, KQMAX1 = `kqmax1`, KQ = 4.
std::vector<double> difference_line(int maxdim, double tl, double kqmax1) {
  std::vector<double> line(static_cast<std::size_t>(4 * maxdim + 11), 0.0);
  line[0] = tl;
  for (int j = 1; j <= maxdim; ++j) line[static_cast<std::size_t>(j)] = 10.0 * j;
  for (int k = 0; k < 6; ++k) line[static_cast<std::size_t>(maxdim + 1 + k)] = 1000.0 + k;
  for (int k = 0; k < 3 * maxdim; ++k) line[static_cast<std::size_t>(maxdim + 7 + k)] = 1e-9 * (k + 1);
  line[static_cast<std::size_t>(4 * maxdim + 7)] = kqmax1;
  for (int k = 0; k < 3; ++k) line[static_cast<std::size_t>(4 * maxdim + 8 + k)] = 4;
  return line;
}

std::vector<double> difference_lines(int maxdim, int n, double first_epoch, double step) {
  std::vector<double> lines;
  for (int i = 0; i < n; ++i) {
    const auto line = difference_line(maxdim, first_epoch + step * i, 6);
    lines.insert(lines.end(), line.begin(), line.end());
  }
  return lines;
}

}  // namespace

TEST_CASE("spkw21 rebuilds the segment of a CSPICE-read file word for word, with the same states") {
  const char* name = "spk/example1spk_seg21.bsp";
  CAPTURE(name);
  const auto original = open_spk(fixture_bytes(name), name);
  const auto& s = only_segment(*original);
  const auto w = segment_words(*original, s);
  const int n = static_cast<int>(w.back());
  Context ctx;
  const int h = ok(sc::spk::spkopn(ctx, "/kernels/copy.bsp", "copy", 0, OutputKind::virtual_output));
  REQUIRE(s.type == 21);
  const int dlsize = 4 * static_cast<int>(w[w.size() - 2]) + 11;
  const std::span<const double> all(w);
  ok(sc::spk::spkw21(ctx, h, spec_of(s), n, dlsize, all.first(static_cast<std::size_t>(n * dlsize)),
                     all.subspan(static_cast<std::size_t>(n * dlsize), n)));
  const auto copy = close_and_open(ctx, h);
  const auto& c = only_segment(*copy);
  check_same_segment(*copy, c, *original, s);
  // On and just after every line's final epoch too.
  std::vector<double> extra;
  for (int i = 0; i < n; ++i) {
    const double e = w[static_cast<std::size_t>(n * (4 * static_cast<int>(w[w.size() - 2]) + 11) + i)];
    for (double et : {e, e + 1.0}) {
      if (s.covers(et)) extra.push_back(et);
    }
  }
  check_same_states(*copy, c, *original, s, 97, extra);
}

TEST_CASE("Type 21 directories hold epochs 100, 200, ... up to N, and the reader uses them") {
  Context ctx;
  const int h = ok(sc::spk::spkopn(ctx, "/kernels/dir.bsp", "dir", 0, OutputKind::virtual_output));
  // Type 21: 250 lines of MAXDIM 17, two directory epochs.
  const auto ep21 = epochs_from(100.0, 100.0, 250);
  const auto lines = difference_lines(17, 250, 50.0, 100.0);
  ok(sc::spk::spkw21(ctx, h, SegmentSpec{-21, 10, "J2000", {}, 0.0, ep21.back(), "T21"}, 250, 79, lines, ep21));
  const auto file = close_and_open(ctx, h);
  REQUIRE(sc_test::spk_segments(*file).size() == 1);

  const auto s21 = sc_test::spk_segments(*file)[0];
  const auto w21 = segment_words(*file, s21);
  REQUIRE(w21.size() == 250 * 79 + 250 + 2 + 2);
  CHECK(std::vector<double>(w21.begin(), w21.begin() + 250 * 79) == lines);
  CHECK(w21[250 * 79 + 250] == ep21[99]);
  CHECK(w21[250 * 79 + 251] == ep21[199]);
  CHECK(w21[250 * 79 + 252] == 17.0);
  CHECK(w21[250 * 79 + 253] == 250.0);
  // Each et is served by the first line whose final epoch is >= et: its reference state at TL.
  for (int i : {0, 98, 99, 100, 199, 200, 249}) {
    CAPTURE(i);
    const double tl = 50.0 + 100.0 * i;
    const auto got = ok(sc::spk::evaluate_segment(*file, s21, tl));
    CHECK(got[0] == 1000.0);  // x at TL
    CHECK(got[3] == 1001.0);  // x' at TL
  }
}

TEST_CASE("spkw21 checks its input with CSPICE's codes in SPKW21's order and leaves the file unchanged") {
  Context ctx;
  const int h = ok(sc::spk::spkopn(ctx, "/kernels/bad21.bsp", "bad", 0, OutputKind::virtual_output));
  const auto before = ok(ctx.outputs().writer(h))->bytes();
  const auto epochs = epochs_from(100.0, 100.0, 5);  // lines end at 100 .. 500
  const auto lines = difference_lines(kMaxdim, 5, 50.0, 100.0);
  const SegmentSpec good{-21, 10, "J2000", {}, 0.0, 500.0, "GOOD"};
  const std::string long_id(41, 'X');
  auto with = [&](auto change) {
    SegmentSpec s = good;
    change(s);
    return s;
  };
  auto w21 = [&](SegmentSpec s, std::vector<double> l = {}, std::vector<double> e = {}, int dlsize = kDlsize,
                 std::optional<int> n = {}) {
    if (l.empty()) l = lines;
    if (e.empty()) e = epochs;
    return error_code(sc::spk::spkw21(ctx, h, s, n.value_or(static_cast<int>(e.size())), dlsize, l, e));
  };
  CHECK(w21(good, std::vector<double>(5 * 112, 1.0), {}, 112) == "SPICE(DIFFLINETOOLARGE)");
  CHECK(w21(good, {}, {}, 70) == "SPICE(DIFFLINETOOSMALL)");
  CHECK(w21(good, {}, {}, -1) == "SPICE(DIFFLINETOOSMALL)");
  CHECK(w21(with([](auto& s) { s.frame = "NOT_A_FRAME"; })) == "SPICE(INVALIDREFFRAME)");
  CHECK(w21(with([](auto& s) { s.segid = ""; })) == "SPICE(EMPTYSTRING)");
  CHECK(w21(with([&](auto& s) { s.segid = long_id; })) == "SPICE(SEGIDTOOLONG)");
  CHECK(w21(with([](auto& s) { s.segid = "A\x7f"; })) == "SPICE(NONPRINTABLECHARS)");
  CHECK(w21(good, {}, {}, kDlsize, 0) == "SPICE(INVALIDCOUNT)");
  CHECK(w21(good, {}, {}, kDlsize, -2) == "SPICE(INVALIDCOUNT)");
  CHECK(w21(with([](auto& s) { s.first = 501; })) == "SPICE(BADDESCRTIMES)");
  auto swapped = epochs;
  std::swap(swapped[1], swapped[2]);
  CHECK(w21(good, {}, swapped) == "SPICE(TIMESOUTOFORDER)");
  CHECK(w21(with([](auto& s) { s.last = 500.5; })) == "SPICE(COVERAGEGAP)");
  auto zero_step = lines;
  zero_step[2 * kDlsize + 4] = 0.0;  // G(4) of line 3, with KQMAX1 = 6: in use
  CHECK(w21(good, zero_step) == "SPICE(ZEROSTEP)");
  CHECK(w21(with([](auto& s) { s.body = 0; })) == "SPICE(BARYCENTEREPHEM)");
  CHECK(w21(with([](auto& s) { s.center = -21; })) == "SPICE(BODYANDCENTERSAME)");
  CHECK(w21(with([](auto& s) { s.first = 500; })) == "SPICE(BADDESCRTIMES)");  // SPKPDS: first == last
  // The C++ API's guard, after the size limits: the arrays must hold n lines and n epochs.
  CHECK(w21(good, std::vector<double>(lines.begin(), lines.end() - 1)) == "SPICE(INVALIDSIZE)");
  // The order: sizes first, then the frame, identifier length before printability, the count,
  // the descriptor times, the epochs, the coverage, the steps, and SPKPDS last.
  CHECK(w21(with([](auto& s) { s.frame = "NOPE"; }), {}, {}, 70) == "SPICE(DIFFLINETOOSMALL)");
  CHECK(w21(with([](auto& s) {
          s.frame = "NOPE";
          s.body = 0;
        })) == "SPICE(INVALIDREFFRAME)");
  const std::string long_id_tab = long_id + "\t";
  CHECK(w21(with([&](auto& s) { s.segid = long_id_tab; })) == "SPICE(SEGIDTOOLONG)");
  CHECK(w21(with([](auto& s) { s.first = 501; }), {}, swapped) == "SPICE(BADDESCRTIMES)");
  CHECK(w21(with([](auto& s) { s.last = 600; }), {}, swapped) == "SPICE(TIMESOUTOFORDER)");
  CHECK(w21(with([](auto& s) { s.last = 600; }), zero_step) == "SPICE(COVERAGEGAP)");
  CHECK(w21(with([](auto& s) { s.body = 0; }), zero_step) == "SPICE(ZEROSTEP)");
  CHECK(ok(ctx.outputs().writer(h))->bytes() == before);

  // What SPKW21 lets through: zero step sizes past G(KQMAX1 - 2), a first epoch before `first`
  // (line 1 covers from the segment start), last before the final epoch, and a line size that is
  // not 4 * MAXDIM + 11 (CSPICE bounds it only).
  auto unused_zero = lines;
  unused_zero[5] = 0.0;  // G(5) of line 1: KQMAX1 = 6 uses G(1) .. G(4)
  unused_zero[kMaxdim] = 0.0;
  CHECK(w21(good, unused_zero) == "(ok)");
  CHECK(w21(with([](auto& s) {
          s.first = 250;
          s.last = 400;
        })) == "(ok)");
  std::vector<double> wide;
  for (int i = 0; i < 5; ++i) {
    wide.insert(wide.end(), lines.begin() + i * kDlsize, lines.begin() + (i + 1) * kDlsize);
    wide.push_back(7.0);  // a 72nd word: still MAXDIM 15
  }
  CHECK(w21(good, wide, {}, 72) == "(ok)");
  CHECK(ok(ctx.outputs().writer(h))->array_count() == 3);
}

TEST_CASE("spkw21's step check follows KQMAX1 across a line's end, as CSPICE's column-major indexing does") {
  Context ctx;
  const int h = ok(sc::spk::spkopn(ctx, "/kernels/steps.bsp", "steps", 0, OutputKind::virtual_output));
  const SegmentSpec spec{-21, 10, "J2000", {}, 0.0, 200.0, "STEPS"};
  const auto epochs = epochs_from(100.0, 100.0, 2);
  // KQMAX1 = 73 in line 1: the words checked run to index 71, the first word of line 2 (its TL).
  auto lines = difference_lines(15, 2, 50.0, 100.0);
  lines[4 * 15 + 7] = 73.0;
  lines[kDlsize] = 0.0;  // line 2's TL
  CHECK(error_code(sc::spk::spkw21(ctx, h, spec, 2, kDlsize, lines, epochs)) == "SPICE(ZEROSTEP)");
  lines[kDlsize] = 150.0;
  CHECK(error_code(sc::spk::spkw21(ctx, h, spec, 2, kDlsize, lines, epochs)) == "(ok)");
  // A huge KQMAX1 in the last line checks to the end of the lines and no further.
  lines[kDlsize + 4 * 15 + 7] = 1e300;
  CHECK(error_code(sc::spk::spkw21(ctx, h, spec, 2, kDlsize, lines, epochs)) == "(ok)");
  lines.back() = 0.0;  // line 2's KQ(3)
  CHECK(error_code(sc::spk::spkw21(ctx, h, spec, 2, kDlsize, lines, epochs)) == "SPICE(ZEROSTEP)");
  // NaN rounds to no step in use (as CSPICE's NINT of NaN gives a negative count).
  lines[kDlsize + 4 * 15 + 7] = std::nan("");
  CHECK(error_code(sc::spk::spkw21(ctx, h, spec, 2, kDlsize, lines, epochs)) == "(ok)");
}
