// The Context-level writer calls (core/writers/spk/spk_writer_api): spkopn lays out the file as
// DAFONW does, spkopa appends to a closed output as if it had never been closed and refuses what it
// cannot append to, misused handles and outputs fail clearly, and dafac writes comments.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "context.hpp"
#include "daf/daf_file.hpp"
#include "fixtures.hpp"
#include "segment_files.hpp"
#include "spk_builders.hpp"
#include "writers/spk/spk_writer_api.hpp"

namespace {

using sc_test::close_bytes;
using sc_test::int_at;
using sc_test::error_code;
using sc_test::spec_of;
using sc_test::fixture_bytes;
using sc_test::ok;
using sc_test::open_fixture;
using sc_test::open_spk;
using sc_test::segment_words;
using sc::Context;
using sc::kernels::OutputKind;
using sc::spk::SegmentSpec;

}  // namespace

TEST_CASE("spkopn lays out the file record, the comment records and the first summary pair as DAFONW does") {
  Context ctx;
  const int h = ok(sc::spk::spkopn(ctx, "/kernels/new.bsp", "Test SPK", 1500, OutputKind::virtual_output));
  const auto& b = ok(ctx.outputs().writer(h))->bytes();
  // Record 1 file record, 2-3 comment records (1500 characters), 4 summary, 5 names: the Fortran
  // writes the name record as 1000 characters, so the file ends 24 bytes short of five records.
  REQUIRE(b.size() == 4 * 1024 + 1000);
  CHECK(std::string(b.begin(), b.begin() + 8) == "DAF/SPK ");
  CHECK(int_at(b, 8) == 2);
  CHECK(int_at(b, 12) == 6);
  CHECK(std::string(b.begin() + 16, b.begin() + 76) == "Test SPK" + std::string(52, ' '));
  CHECK(int_at(b, 76) == 4);   // FWARD
  CHECK(int_at(b, 80) == 4);   // BWARD
  CHECK(int_at(b, 84) == 641); // FREE: first word of record 6
  CHECK(std::string(b.begin() + 88, b.begin() + 96) == "LTL-IEEE");
  CHECK(std::all_of(b.begin() + 96, b.begin() + 699, [](auto c) { return c == 0; }));
  const std::string ftp("FTPSTR:\r:\n:\r\n:\r\0:\x81:\x10\xce:ENDFTP", 28);
  CHECK(std::string(b.begin() + 699, b.begin() + 727) == ftp);
  CHECK(std::all_of(b.begin() + 727, b.begin() + 1024, [](auto c) { return c == 0; }));
  CHECK(b[1024] == 4);  // an empty comment area: EOT first
  CHECK(std::all_of(b.begin() + 1025, b.begin() + 3 * 1024, [](auto c) { return c == 0; }));
  CHECK(std::all_of(b.begin() + 3 * 1024, b.begin() + 4 * 1024, [](auto c) { return c == 0; }));
  CHECK(std::all_of(b.begin() + 4 * 1024, b.end(), [](auto c) { return c == ' '; }));
  // Long internal names are cut to 60 characters.
  const int h2 = ok(sc::spk::spkopn(ctx, "/kernels/long.bsp", std::string(70, 'X'), 0, OutputKind::virtual_output));
  const auto& b2 = ok(ctx.outputs().writer(h2))->bytes();
  CHECK(std::string(b2.begin() + 16, b2.begin() + 76) == std::string(60, 'X'));
  CHECK(b2.size() == 2 * 1024 + 1000);
}

TEST_CASE("spkopa appends to a closed output exactly as if the file had never been closed") {
  auto original = open_fixture("spk/example1spk_seg8.bsp");
  Context ctx;
  const std::string name = "/kernels/seg8.bsp";
  auto write = [&](int h, const sc::spk::Segment& s) {
    const auto w = segment_words(*original, s);
    const int n = static_cast<int>(w.back());
    ok(sc::spk::spkw08(ctx, h, spec_of(s), static_cast<int>(w[w.size() - 2]), n,
                       std::span(w).first(6 * static_cast<std::size_t>(n)), w[w.size() - 4], w[w.size() - 3]));
  };
  int h = ok(sc::spk::spkopn(ctx, name, "SPKSEG8example", 0, OutputKind::virtual_output));
  write(h, sc_test::spk_segments(*original)[0]);
  write(h, sc_test::spk_segments(*original)[1]);
  close_bytes(ctx, h);
  h = ok(sc::spk::spkopa(ctx, name, OutputKind::virtual_output));
  write(h, sc_test::spk_segments(*original)[2]);
  CHECK(close_bytes(ctx, h) == fixture_bytes("spk/example1spk_seg8.bsp"));
}

TEST_CASE("spkopa refuses what it cannot append to") {
  Context ctx;
  ok(ctx.kernels().furnsh_bytes("/kernels/big.bsp",
                                sc::io::Bytes::from_vector(fixture_bytes("spk/de430-2015-03-02-big-endian.bsp"))));
  CHECK(error_code(sc::spk::spkopa(ctx, "/kernels/big.bsp", OutputKind::virtual_output)) == "SPICE(UNSUPPORTEDBFF)");
  ok(ctx.kernels().furnsh_bytes("/kernels/pck.bpc",
                                sc::io::Bytes::from_vector(fixture_bytes("pck/moon_pa_de421_1900-2050.bpc"))));
  CHECK(error_code(sc::spk::spkopa(ctx, "/kernels/pck.bpc", OutputKind::virtual_output)) == "SPICE(FILEISNOTSPK)");
  CHECK(error_code(sc::spk::spkopa(ctx, "/kernels/missing.bsp", OutputKind::virtual_output)) ==
        "SPICE(FILENOTFOUND)");
  const int h = ok(sc::spk::spkopn(ctx, "/kernels/open.bsp", "x", 0, OutputKind::virtual_output));
  CHECK(error_code(sc::spk::spkopa(ctx, "/kernels/open.bsp", OutputKind::virtual_output)) == "SPICE(FILEOPENFAIL)");
  CHECK(error_code(sc::spk::spkopn(ctx, "/kernels/open.bsp", "x", 0, OutputKind::virtual_output)) ==
        "SPICE(FILEOPENFAIL)");
  (void)h;
}

TEST_CASE("Misused handles and outputs fail with clear errors") {
  Context ctx;
  std::vector<double> states(60, 1.0);
  const SegmentSpec spec{3, 10, "J2000", {}, 0.0, 900.0, "S"};
  const std::string name = "/kernels/misuse.bsp";
  const int h = ok(sc::spk::spkopn(ctx, name, "misuse", 0, OutputKind::virtual_output));
  CHECK(error_code(sc::spk::read_virtual_output(ctx, name)) == "SPICE(OUTPUTSTILLOPEN)");
  CHECK(error_code(sc::spk::spkcls(ctx, h)) == "SPICE(NOSEGMENTSFOUND)");  // and the writer stays open
  ok(sc::spk::spkw08(ctx, h, spec, 3, 10, states, 0, 100));
  ok(sc::spk::spkcls(ctx, h));
  CHECK(error_code(sc::spk::spkcls(ctx, h)) == "SPICE(DAFNOSUCHHANDLE)");
  CHECK(error_code(sc::spk::spkw08(ctx, h, spec, 3, 10, states, 0, 100)) == "SPICE(DAFNOSUCHHANDLE)");
  CHECK(error_code(sc::spk::dafac(ctx, h, std::vector<std::string>{"x"})) == "SPICE(DAFNOSUCHHANDLE)");
  CHECK(error_code(sc::spk::spkw08(ctx, 999, spec, 3, 10, states, 0, 100)) == "SPICE(DAFNOSUCHHANDLE)");
  CHECK(error_code(sc::spk::read_virtual_output(ctx, "/kernels/never.bsp")) == "SPICE(NOSUCHFILE)");
  CHECK(error_code(sc::spk::spkopn(ctx, "", "x", 0, OutputKind::virtual_output)) == "SPICE(EMPTYSTRING)");
  CHECK(error_code(sc::spk::spkopn(ctx, "x.bsp", "", 0, OutputKind::virtual_output)) == "SPICE(EMPTYSTRING)");
  CHECK(error_code(sc::spk::spkopn(ctx, "  ", "x", 0, OutputKind::virtual_output)) == "SPICE(BLANKFILENAME)");
  auto bytes = ok(sc::spk::read_virtual_output(ctx, name));
  // The closed output is staged: furnsh loads it, and its state comes back.
  ok(ctx.kernels().furnsh(name));
  CHECK(ctx.kernels().kinfo(name)->filtyp == "SPK");
  CHECK(bytes.size() == 4096);
  // Host-file outputs are handed back, not kept.
  const int hh = ok(sc::spk::spkopn(ctx, "/tmp/host.bsp", "host", 0, OutputKind::host_file));
  ok(sc::spk::spkw08(ctx, hh, spec, 3, 10, states, 0, 100));
  auto host = ok(sc::spk::spkcls(ctx, hh));
  CHECK(host.kind == OutputKind::host_file);
  CHECK(host.bytes.size() == 4096);
  CHECK(error_code(sc::spk::read_virtual_output(ctx, "/tmp/host.bsp")) == "SPICE(NOSUCHFILE)");
}

TEST_CASE("dafac writes comments into reserved records, or makes room by moving the segments") {
  auto original = open_fixture("spk/example1spk_seg13.bsp");
  const std::vector<std::string> lines = {"First line.", "", "  indented, trailing blanks dropped   ",
                                          std::string(1500, 'L'), "Last line."};
  const std::vector<std::string> expected = {"First line.", "", "  indented, trailing blanks dropped",
                                             std::string(1500, 'L'), "Last line."};
  for (int ncomch : {0, 1, 5000}) {
    CAPTURE(ncomch);
    Context ctx;
    const int h = ok(sc::spk::spkopn(ctx, "/kernels/c.bsp", "comments", ncomch, OutputKind::virtual_output));
    for (const auto& s : sc_test::spk_segments(*original)) {
      const auto w = segment_words(*original, s);
      const int n = static_cast<int>(w.back());
      ok(sc::spk::spkw13(ctx, h, spec_of(s), 2 * static_cast<int>(w[w.size() - 2]) + 1, n,
                         std::span(w).first(6 * static_cast<std::size_t>(n)), std::span(w).subspan(6 * n, n)));
    }
    ok(sc::spk::dafac(ctx, h, lines));
    ok(sc::spk::dafac(ctx, h, std::vector<std::string>{"Appended."}));
    const auto bytes = close_bytes(ctx, h);
    const auto copy = open_spk(bytes, "c.bsp");
    auto comments = ok(copy->daf().comments());
    auto want = expected;
    want.push_back("Appended.");
    CHECK(comments == want);
    // 1500 + 11 + 34 + 10 + 9 characters and 6 line ends and the end mark need two records.
    const int fward = int_at(bytes, 76);
    CHECK(fward == (ncomch == 5000 ? 7 : 4));
    REQUIRE(sc_test::spk_segments(*copy).size() == sc_test::spk_segments(*original).size());
    for (std::size_t i = 0; i < sc_test::spk_segments(*copy).size(); ++i) {
      const auto a = sc_test::spk_segments(*original)[i];
      const auto b = sc_test::spk_segments(*copy)[i];
      CHECK(b.begin - a.begin == (fward - 2) * 128);
      CHECK(segment_words(*copy, b) == segment_words(*original, a));
    }
  }
  Context ctx;
  const int h = ok(sc::spk::spkopn(ctx, "/kernels/d.bsp", "bad comments", 0, OutputKind::virtual_output));
  CHECK(error_code(sc::spk::dafac(ctx, h, std::vector<std::string>{})) == "SPICE(INVALIDARGUMENT)");
  CHECK(error_code(sc::spk::dafac(ctx, h, std::vector<std::string>{"tab\there"})) == "SPICE(ILLEGALCHARACTER)");
}
