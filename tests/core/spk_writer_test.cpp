// SPK writer tests: the DAF layout of new files (against the bytes of CSPICE-written files and the
// facts CSPICE N0067's own writer shows), CSPICE's validation codes, appending, comments, misuse of
// handles, and round trips through the core's SPK reader.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "context.hpp"
#include "daf/daf_file.hpp"
#include "segment_files.hpp"
#include "spk/segment_evaluation.hpp"
#include "writers/spk/spk_writer_api.hpp"
#include "fixtures.hpp"

namespace {

using sc_test::error_code;
using sc_test::fixture_bytes;
using sc_test::ok;
using sc_test::open_fixture;
using sc_test::open_spk;
using sc_test::segment_words;

using sc::Context;
using sc::kernels::OutputKind;
using sc::spk::SegmentSpec;
using SpkFile = sc::daf::SegmentFile;

std::vector<std::uint8_t> close_bytes(Context& ctx, int handle) {
  auto closed = ok(sc::spk::spkcls(ctx, handle));
  auto span = closed.bytes.span();
  return {span.begin(), span.end()};
}

SegmentSpec spec_of(const sc::spk::Segment& s, const char* frame = "J2000") {
  return SegmentSpec{s.target, s.center, frame, std::nullopt, s.start_et, s.end_et, s.name};
}

std::int32_t int_at(const std::vector<std::uint8_t>& b, std::size_t at) {
  std::int32_t v;
  std::memcpy(&v, b.data() + at, 4);
  return v;
}

// Rewrites one of the CSPICE test-suite files (types 8, 9, 12, 13; ND/NI, internal name, no comment
// records) from the inputs its segments encode.
std::vector<std::uint8_t> rewrite(const std::string& relative) {
  auto original = open_fixture(relative);
  Context ctx;
  const int h = ok(sc::spk::spkopn(ctx, "/kernels/copy.bsp", original->daf().file_record().internal_name, 0,
                                   OutputKind::virtual_output));
  for (const auto& s : sc_test::spk_segments(*original)) {
    const auto w = segment_words(*original, s);
    const int n = static_cast<int>(w.back());
    const std::span<const double> states(w.data(), 6 * static_cast<std::size_t>(n));
    const int stored = static_cast<int>(w[w.size() - 2]);  // degree, or window size - 1
    switch (s.type) {
      case 8:
        ok(sc::spk::spkw08(ctx, h, spec_of(s), stored, n, states, w[w.size() - 4], w[w.size() - 3]));
        break;
      case 12:
        ok(sc::spk::spkw12(ctx, h, spec_of(s), 2 * stored + 1, n, states, w[w.size() - 4], w[w.size() - 3]));
        break;
      case 9:
        ok(sc::spk::spkw09(ctx, h, spec_of(s), stored, n, states, std::span(w).subspan(6 * n, n)));
        break;
      case 13:
        ok(sc::spk::spkw13(ctx, h, spec_of(s), 2 * stored + 1, n, states, std::span(w).subspan(6 * n, n)));
        break;
      default:
        FAIL("unexpected type " << s.type);
    }
  }
  return close_bytes(ctx, h);
}

// Equal-step states of the Moon relative to the Earth-Moon barycenter, sampled from the DE430
// excerpt (type 2) with the core's own reader.
struct Samples {
  std::vector<double> epochs;
  std::vector<double> states;
};

Samples moon_samples(const SpkFile& de430, int count, double start, double step, bool jitter) {
  const auto segments = sc_test::spk_segments(de430);
  const sc::spk::Segment* moon = nullptr;
  for (const auto& s : segments) {
    if (s.target == 301) moon = &s;
  }
  REQUIRE(moon != nullptr);
  Samples out;
  for (int i = 0; i < count; ++i) {
    // Unequal steps: every other epoch moved by a third of a step.
    const double et = start + i * step + (jitter && i % 2 == 1 ? step / 3 : 0.0);
    auto state = ok(sc::spk::evaluate_segment(de430, *moon, et));
    out.epochs.push_back(et);
    out.states.insert(out.states.end(), state.begin(), state.end());
  }
  return out;
}

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

TEST_CASE("spkw08, spkw09, spkw12 and spkw13 rebuild CSPICE-written files byte for byte") {
  for (const char* name : {"spk/example1spk_seg8.bsp", "spk/example1spk_seg9.bsp", "spk/example1spk_seg12.bsp",
                           "spk/example1spk_seg13.bsp"}) {
    CAPTURE(name);
    const auto original = fixture_bytes(name);
    const auto copy = rewrite(name);
    REQUIRE(copy.size() == original.size());
    CHECK(copy == original);
  }
}

TEST_CASE("Facts of CSPICE N0067's spkw08: summary records fill at 25 segments, a name record may end the file") {
  // Ten states, degree 3, 100 s steps, bodies 3, 4, ...: what CSPICE writes for 25 and 30 such
  // segments (FWARD, BWARD, FREE and the file size were read from its output).
  std::vector<double> states;
  for (int i = 0; i < 10; ++i) {
    for (double v : {1000.0 + i, 2000.0 + 2 * i, 3000.0 + 3 * i, 1.0, 2.0, 3.0}) states.push_back(v);
  }
  struct Case {
    int segments, bward, free;
    std::size_t size;
  };
  for (Case c : {Case{1, 2, 449, 4096}, Case{25, 17, 2305, 18408}, Case{26, 17, 2369, 19456}, Case{30, 17, 2625, 21504}}) {
    CAPTURE(c.segments);
    Context ctx;
    const int h = ok(sc::spk::spkopn(ctx, "/kernels/many.bsp", "IFN", 0, OutputKind::virtual_output));
    for (int k = 0; k < c.segments; ++k) {
      const std::string segid = "SEG" + std::to_string(k);
      ok(sc::spk::spkw08(ctx, h, SegmentSpec{3 + k, 10, "J2000", {}, 0.0, 900.0, segid}, 3, 10, states, 0.0, 100.0));
    }
    const auto b = close_bytes(ctx, h);
    CHECK(b.size() == c.size);
    CHECK(int_at(b, 76) == 2);
    CHECK(int_at(b, 80) == c.bward);
    CHECK(int_at(b, 84) == c.free);
    const auto spk = open_spk(b, "many.bsp");
    REQUIRE(sc_test::spk_segments(*spk).size() == static_cast<std::size_t>(c.segments));
    for (int k = 0; k < c.segments; ++k) {
      CHECK(sc_test::spk_segments(*spk)[k].target == 3 + k);
      CHECK(sc_test::spk_segments(*spk)[k].name == "SEG" + std::to_string(k));
    }
  }
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

TEST_CASE("Type 2 and type 3 records copied into new segments give the original states bit for bit") {
  struct Case {
    const char* file;
    int body;
  };
  for (Case c : {Case{"spk/de430-2015-03-02.bsp", 301}, Case{"spk/de430-2015-03-02.bsp", 3},
                 Case{"spk/jup310-2015-03-02.bsp", 501}}) {
    CAPTURE(c.file);
    CAPTURE(c.body);
    auto original = open_fixture(c.file);
    const auto segments = sc_test::spk_segments(*original);
    const sc::spk::Segment* seg = nullptr;
    for (const auto& s : segments) {
      if (s.target == c.body) seg = &s;
    }
    REQUIRE(seg != nullptr);
    const auto w = segment_words(*original, *seg);
    const double init = w[w.size() - 4], intlen = w[w.size() - 3];
    const int rsize = static_cast<int>(w[w.size() - 2]), n = static_cast<int>(w.back());
    const int components = seg->type == 2 ? 3 : 6;
    const int degree = (rsize - 2) / components - 1;
    std::vector<double> cdata;
    for (int i = 0; i < n; ++i) {
      cdata.insert(cdata.end(), w.begin() + i * rsize + 2, w.begin() + (i + 1) * rsize);
    }
    Context ctx;
    const int h = ok(sc::spk::spkopn(ctx, "/kernels/cheb.bsp", "copy", 0, OutputKind::virtual_output));
    const auto spec = spec_of(*seg);
    if (seg->type == 2) {
      ok(sc::spk::spkw02(ctx, h, spec, intlen, n, degree, cdata, init));
    } else {
      ok(sc::spk::spkw03(ctx, h, spec, intlen, n, degree, cdata, init));
    }
    const auto copy = open_spk(close_bytes(ctx, h), "cheb.bsp");
    REQUIRE(sc_test::spk_segments(*copy).size() == 1);
    const auto out = sc_test::spk_segments(*copy)[0];
    CHECK(out.type == seg->type);
    CHECK(out.frame == 1);
    CHECK(segment_words(*copy, out) == w);  // MID and RADIUS recomputed to the same bits
    for (int k = 0; k <= 20; ++k) {
      const double et = seg->start_et + (seg->end_et - seg->start_et) * k / 20;
      const auto a = ok(sc::spk::evaluate_segment(*original, *seg, et));
      const auto b = ok(sc::spk::evaluate_segment(*copy, out, et));
      CHECK(std::memcmp(a.data(), b.data(), sizeof a) == 0);
    }
  }
}

TEST_CASE("Types 8, 9, 12 and 13 written from sampled states interpolate them back") {
  auto de430 = open_fixture("spk/de430-2015-03-02.bsp");
  const double start = 478483200.0;  // 2015-03-01T12:00 TDB, inside the excerpt
  const double step = 600.0;
  const int count = 40;
  for (int type : {8, 9, 12, 13}) {
    CAPTURE(type);
    const bool unequal = type == 9 || type == 13;
    const auto samples = moon_samples(*de430, count, start, step, unequal);
    Context ctx;
    const int h = ok(sc::spk::spkopn(ctx, "/kernels/interp.bsp", "interp", 0, OutputKind::virtual_output));
    const SegmentSpec spec{301, 3, "J2000", {}, samples.epochs.front(), samples.epochs.back(), "MOON SAMPLES"};
    switch (type) {
      case 8: ok(sc::spk::spkw08(ctx, h, spec, 7, count, samples.states, start, step)); break;
      case 12: ok(sc::spk::spkw12(ctx, h, spec, 7, count, samples.states, start, step)); break;
      case 9: ok(sc::spk::spkw09(ctx, h, spec, 7, count, samples.states, samples.epochs)); break;
      case 13: ok(sc::spk::spkw13(ctx, h, spec, 7, count, samples.states, samples.epochs)); break;
    }
    const auto file = open_spk(close_bytes(ctx, h), "interp.bsp");
    const auto seg = sc_test::spk_segments(*file)[0];
    CHECK(seg.type == type);
    for (int i = 0; i < count; ++i) {
      const auto got = ok(sc::spk::evaluate_segment(*file, seg, samples.epochs[i]));
      // At a node the interpolants return the node's state up to rounding (a few 1e-13 relative for
      // Hermite velocities from unequal steps).
      for (int k = 0; k < 6; ++k) {
        const double want = samples.states[6 * i + k];
        CHECK(std::fabs(got[k] - want) <= 1e-12 * std::fabs(want) + 1e-12);
      }
    }
    // Between the samples the interpolants follow the Chebyshev ephemeris closely.
    const auto truth = moon_samples(*de430, count - 1, start + step / 2, step, false);
    for (int i = 2; i + 3 < count - 1; ++i) {
      const auto got = ok(sc::spk::evaluate_segment(*file, seg, truth.epochs[i]));
      for (int k = 0; k < 3; ++k) CHECK(std::fabs(got[k] - truth.states[6 * i + k]) < 1e-6);
    }
  }
}

TEST_CASE("Writers check their input with CSPICE's codes and leave the file unchanged") {
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

  auto w12 = [&](SegmentSpec s, int degree, int n) {
    return error_code(sc::spk::spkw12(ctx, h, s, degree, n, states, 0, 100));
  };
  CHECK(w12(good, 4, 10) == "SPICE(INVALIDDEGREE)");
  CHECK(w12(good, 29, 10) == "SPICE(INVALIDDEGREE)");
  CHECK(w12(good, 21, 10) == "SPICE(TOOFEWSTATES)");  // window of 11 states
  CHECK(w12(good, 19, 10) == "(ok)");

  auto w09 = [&](SegmentSpec s, std::vector<double> e, int degree = 3) {
    return error_code(sc::spk::spkw09(ctx, h, s, degree, static_cast<int>(e.size()), states, e));
  };
  auto w13 = [&](SegmentSpec s, std::vector<double> e, int degree = 3) {
    return error_code(sc::spk::spkw13(ctx, h, s, degree, static_cast<int>(e.size()), states, e));
  };
  auto swapped = epochs;
  std::swap(swapped[3], swapped[4]);
  auto repeated = epochs;
  repeated[5] = repeated[4];
  CHECK(w09(good, swapped) == "SPICE(TIMESOUTOFORDER)");
  CHECK(w13(good, repeated) == "SPICE(TIMESOUTOFORDER)");
  CHECK(w09(with([](auto& s) { s.first = -1; }), epochs) == "SPICE(BADDESCRTIMES)");
  CHECK(w13(with([](auto& s) { s.last = 901; }), epochs) == "SPICE(BADDESCRTIMES)");
  CHECK(w09(good, epochs, 10) == "SPICE(TOOFEWSTATES)");
  CHECK(w13(good, epochs, 2) == "SPICE(INVALIDDEGREE)");
  // SPKW09 checks the descriptor times and printability before the identifier's length.
  CHECK(w09(with([&](auto& s) {
          s.first = 900;
          s.segid = long_id;
        }),
            epochs) == "SPICE(BADDESCRTIMES)");
  // SegmentSpec::segid is a view: the identifier it names must outlive the call.
  const std::string long_id_tab = long_id + "\t";
  CHECK(w09(with([&](auto& s) { s.segid = long_id_tab; }), epochs) == "SPICE(NONPRINTABLECHARS)");
  CHECK(w13(with([&](auto& s) { s.segid = long_id_tab; }), epochs) == "SPICE(SEGIDTOOLONG)");

  std::vector<double> cdata(3 * 4 * 2, 1.0);
  auto w02 = [&](SegmentSpec s, double intlen, int n, int degree, double btime = 0) {
    return error_code(sc::spk::spkw02(ctx, h, s, intlen, n, degree, cdata, btime));
  };
  const SegmentSpec cheb{3, 10, "J2000", {}, 0.0, 200.0, "CHEB"};
  CHECK(w02(cheb, 100, 0, 3) == "SPICE(NUMCOEFFSNOTPOS)");
  CHECK(w02(cheb, 100, 2, -1) == "SPICE(INVALIDDEGREE)");
  CHECK(w02(cheb, 100, 2, 28) == "SPICE(INVALIDDEGREE)");
  CHECK(w02(cheb, 0, 2, 3) == "SPICE(INTLENNOTPOS)");
  CHECK(w02(with([](auto& s) { s.frame = "NOPE"; }), 100, 2, 3) == "SPICE(INVALIDREFFRAME)");
  CHECK(w02(SegmentSpec{3, 10, "J2000", {}, 200.0, 0.0, "CHEB"}, 100, 2, 3) == "SPICE(BADDESCRTIMES)");
  CHECK(w02(cheb, 100, 2, 3, 1) == "SPICE(COVERAGEGAP)");
  CHECK(w02(SegmentSpec{3, 10, "J2000", {}, 0.0, 200.0, long_id}, 100, 2, 3) == "SPICE(IDSTRINGTOOLONG)");
  CHECK(w02(SegmentSpec{3, 10, "J2000", {}, 0.0, 200.0, "A\x7f"}, 100, 2, 3) == "SPICE(NONPRINTABLECHARS)");
  CHECK(error_code(sc::spk::spkw03(ctx, h, cheb, 100, 2, 1, cdata, 0)) == "(ok)");
  // Frames are looked up by the frame system: names of any case, non-inertial frames too.
  CHECK(w02(with([](auto& s) {
          s.frame = "eclipj2000";
          s.last = 200;
        }),
            100, 2, 3) == "(ok)");
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
