// The SPK type 10 writer (core/writers/spk/spkw10_two_line_elements): SPKW10's generic segment
// (constants, epoch-prefixed 14-word packets with ZZWAHR's nutation, references, directory, meta
// data with index type EXPCLS) and its checks, in SPKW10's order.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "context.hpp"
#include "segment_files.hpp"
#include "spk_builders.hpp"
#include "tle/wahr_nutation.hpp"
#include "tle_sets.hpp"
#include "writers/spk/spk_writer.hpp"
#include "writers/spk/spk_writer_api.hpp"

namespace {

using sc::kernels::OutputKind;
using sc::spk::SegmentSpec;
using sc_test::error_code;
using sc_test::ok;

}  // namespace

TEST_CASE("Type 10 layout: SPKW10's generic segment") {
  const sc::Context ctx = sc_test::context_with_lsk();
  const auto sets = sc_test::norad_18123(ctx);
  // 150 sets (the nine repeated, epochs a day apart) to get a reference directory.
  const long long n = 150;
  std::vector<double> elems;
  std::vector<double> epochs;
  for (long long i = 0; i < n; ++i) {
    const auto k = static_cast<std::size_t>(i % 9);
    epochs.push_back(sets.epochs[0] + 86400.0 * static_cast<double>(i));
    elems.insert(elems.end(), sets.elems.begin() + static_cast<std::ptrdiff_t>(10 * k),
                 sets.elems.begin() + static_cast<std::ptrdiff_t>(10 * k + 10));
  }
  const auto bytes = sc_test::build([&](sc::daf::DafWriter& w) {
    return sc::spk::spkw10(w, sc_test::spec(-118123, 399, epochs.front(), epochs.back()), sc_test::kGeophysicalKer,
                           static_cast<int>(n), elems, epochs);
  });
  const auto file = sc_test::open_spk(bytes, "t10.bsp");
  const auto seg = sc_test::spk_segments(*file)[0];
  CHECK(seg.type == 10);
  const auto w = sc_test::segment_words(*file, seg);
  const long long pktsz = 14;
  const long long refbas = 8 + n * (pktsz + 1);
  REQUIRE(static_cast<long long>(w.size()) == refbas + n + 1 + 17);
  CHECK(std::vector<double>(w.begin(), w.begin() + 8) == sc_test::kGeophysicalKer);
  for (long long i = 0; i < n; ++i) {
    const auto at = static_cast<std::size_t>(8 + i * (pktsz + 1));
    CHECK(w[at] == epochs[static_cast<std::size_t>(i)]);
    for (std::size_t k = 0; k < 10; ++k) CHECK(w[at + 1 + k] == elems[static_cast<std::size_t>(10 * i) + k]);
    const auto nut = sc::tle::wahr_nutation(epochs[static_cast<std::size_t>(i)]);
    CHECK(w[at + 11] == nut[1]);  // deps, dpsi, then their rates: SPKW10's order
    CHECK(w[at + 12] == nut[0]);
    CHECK(w[at + 13] == nut[3]);
    CHECK(w[at + 14] == nut[2]);
    CHECK(w[static_cast<std::size_t>(refbas + i)] == epochs[static_cast<std::size_t>(i)]);
  }
  CHECK(w[static_cast<std::size_t>(refbas + n)] == epochs[99]);
  const std::vector<double> meta(w.end() - 17, w.end());
  const std::vector<double> expected{0, 8, static_cast<double>(refbas + n), 1, 4, static_cast<double>(refbas),
                                     static_cast<double>(n), 0, 0, 0, 8, static_cast<double>(n), 0, 0, 14, 1, 17};
  CHECK(meta == expected);
}

TEST_CASE("spkw10 checks its input in SPKW10's order and leaves the file unchanged") {
  sc::Context ctx = sc_test::context_with_lsk();
  const auto sets = sc_test::norad_18123(ctx);
  const int h = ok(sc::spk::spkopn(ctx, "/kernels/t10.bsp", "t10", 0, OutputKind::virtual_output));
  const auto before = ok(ctx.outputs().writer(h))->bytes();
  const SegmentSpec good{-118123, 399, "J2000", {}, sets.epochs.front(), sets.epochs.back(), "NORAD 18123"};
  auto with = [&](auto change) {
    SegmentSpec s = good;
    change(s);
    return s;
  };
  auto w10 = [&](SegmentSpec s, std::vector<double> epochs = {}) {
    if (epochs.empty()) epochs = sets.epochs;
    return error_code(sc::spk::spkw10(ctx, h, s, sc_test::kGeophysicalKer, static_cast<int>(epochs.size()), sets.elems,
                                      epochs));
  };
  const std::string long_id(41, 'X');
  CHECK(w10(with([](auto& s) { s.body = 0; })) == "SPICE(BARYCENTEREPHEM)");
  CHECK(w10(with([](auto& s) { s.center = -118123; })) == "SPICE(BODYANDCENTERSAME)");
  CHECK(w10(with([](auto& s) { s.frame = "NOT_A_FRAME"; })) == "SPICE(INVALIDREFFRAME)");
  CHECK(w10(with([](auto& s) { s.last = s.first; })) == "SPICE(BADDESCRTIMES)");
  CHECK(w10(with([&](auto& s) { s.segid = long_id; })) == "SPICE(SEGIDTOOLONG)");
  CHECK(w10(with([](auto& s) { s.segid = "A\x01" "B"; })) == "SPICE(NONPRINTINGCHARS)");
  std::vector<double> unordered = sets.epochs;
  std::swap(unordered[3], unordered[4]);
  CHECK(w10(good, unordered) == "SPICE(UNORDEREDREFS)");
  std::vector<double> repeated = sets.epochs;
  repeated[5] = repeated[4];
  CHECK(w10(good, repeated) == "SPICE(UNORDEREDREFS)");
  // The descriptor is checked before the identifier, the identifier before the epochs.
  CHECK(w10(with([&](auto& s) { s.body = 0; s.segid = long_id; }), unordered) == "SPICE(BARYCENTEREPHEM)");
  CHECK(w10(with([&](auto& s) { s.segid = long_id; }), unordered) == "SPICE(SEGIDTOOLONG)");
  CHECK(w10(with([](auto& s) { s.frame = ""; })) == "SPICE(EMPTYSTRING)");
  CHECK(error_code(sc::spk::spkw10(ctx, h, good, std::vector<double>(7, 1.0), 9, sets.elems, sets.epochs)) ==
        "SPICE(INVALIDSIZE)");
  CHECK(ok(ctx.outputs().writer(h))->bytes() == before);
  // Accepted: the sets as getelm gives them; and, as in CSPICE, no sets at all.
  CHECK(w10(good) == "(ok)");
  CHECK(error_code(sc::spk::spkw10(ctx, h, good, sc_test::kGeophysicalKer, 0, {}, {})) == "(ok)");
}
