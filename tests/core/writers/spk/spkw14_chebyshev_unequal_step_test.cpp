// The SPK type 14 writer (core/writers/spk/spkw14_chebyshev_unequal_step): the generic segment of
// SPK14B/SPK14A/SPK14E with its epoch directory, and SPKW14's checks.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

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

using sc_test::synthetic_type14;
using sc_test::type14_bytes;
using sc_test::error_code;
using sc_test::ok;
using sc_test::open_spk;
using sc_test::segment_words;
using sc::Context;
using sc::kernels::OutputKind;
using sc::spk::Segment;
using sc::spk::SegmentSpec;

}  // namespace

TEST_CASE("Type 14 layout: the generic segment of SPK14B/SPK14A/SPK14E, with its epoch directory") {
  const auto d = synthetic_type14();
  const auto file = open_spk(type14_bytes(d), "t14.bsp");
  const Segment s = sc_test::spk_segments(*file)[0];
  CHECK(s.type == 14);
  const auto w = segment_words(*file, s);
  const long long n = d.n, pktsz = 6 * (d.degree + 1) + 2, directory = (n - 1) / 100;
  REQUIRE(static_cast<long long>(w.size()) == 1 + n * (pktsz + 1) + n + directory + 17);
  CHECK(w[0] == d.degree + 1);  // the one constant, NCOEFF
  for (long long i = 0; i < n; ++i) {
    const auto at = static_cast<std::size_t>(1 + i * (pktsz + 1));
    CHECK(w[at] == d.epochs[i]);  // each packet after its epoch
    CHECK(std::equal(w.begin() + static_cast<std::ptrdiff_t>(at + 1),
                     w.begin() + static_cast<std::ptrdiff_t>(at + 1 + pktsz),
                     d.records.begin() + static_cast<std::ptrdiff_t>(i * pktsz)));
  }
  const long long refbas = 1 + n * (pktsz + 1);
  for (long long i = 0; i < n; ++i) CHECK(w[static_cast<std::size_t>(refbas + i)] == d.epochs[i]);
  CHECK(w[static_cast<std::size_t>(refbas + n)] == d.epochs[99]);
  CHECK(w[static_cast<std::size_t>(refbas + n + 1)] == d.epochs[199]);
  const std::vector<double> meta(w.end() - 17, w.end());
  const std::vector<double> expected_meta{0,
                                          1,
                                          static_cast<double>(refbas + n),
                                          static_cast<double>(directory),
                                          3,
                                          static_cast<double>(refbas),
                                          static_cast<double>(n),
                                          0,
                                          0,
                                          0,
                                          1,
                                          static_cast<double>(n),
                                          0,
                                          0,
                                          static_cast<double>(pktsz),
                                          1,
                                          17};
  CHECK(meta == expected_meta);
}

// --- Errors -------------------------------------------------------------------------------------
TEST_CASE("spkw14 checks its input with CSPICE's codes and leaves the file unchanged") {
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

  std::vector<double> records(2 * 20, 1.0);
  std::vector<double> epochs{0.0, 50.0};
  auto w14 = [&](SegmentSpec s, int n = 2, int degree = 2, std::vector<double> e = {0.0, 50.0}) {
    return error_code(sc::spk::spkw14(ctx, h, s, n, degree, records, e));
  };
  CHECK(w14(good, 2, -1) == "SPICE(INVALIDARGUMENT)");
  CHECK(w14(with([](auto& s) { s.body = 0; })) == "SPICE(BARYCENTEREPHEM)");
  CHECK(w14(with([](auto& s) { s.center = -5; })) == "SPICE(BODYANDCENTERSAME)");
  CHECK(w14(with([](auto& s) { s.frame = "NOT_A_FRAME"; })) == "SPICE(INVALIDREFFRAME)");
  CHECK(w14(with([](auto& s) { s.last = 0.0; })) == "SPICE(BADDESCRTIMES)");
  CHECK(w14(with([&](auto& s) { s.segid = long_id; })) == "SPICE(SEGIDTOOLONG)");
  CHECK(w14(with([](auto& s) { s.segid = "A\tB"; })) == "SPICE(NONPRINTINGCHARS)");
  CHECK(w14(good, 0) == "SPICE(INVALIDARGUMENT)");
  CHECK(w14(good, 2, 2, {50.0, 50.0}) == "SPICE(UNORDEREDREFS)");
  CHECK(w14(good, 2, 2, {50.0, 0.0}) == "SPICE(UNORDEREDREFS)");
  CHECK(w14(good, 3, 2, {0.0, 10.0, 20.0}) == "SPICE(INVALIDSIZE)");  // 3 records of 20 values needed
  CHECK(w14(with([](auto& s) { s.frame = ""; })) == "SPICE(EMPTYSTRING)");
  CHECK(ok(ctx.outputs().writer(h))->bytes() == before);
  // Accepted: a blank-padded identifier of 40 characters.
  const std::string padded_id = std::string(40, 'X') + "  ";
  CHECK(w14(with([&](auto& s) { s.segid = padded_id; })) == "(ok)");
}
