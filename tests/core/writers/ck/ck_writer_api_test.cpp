// The CK writers (core/writers/ck/) against CSPICE N0067's own output: every file of
// tests/fixtures/kernels/ck-written/ (written by ckw01_c, ckw02_c, ckw03_c, ckw05_c and CKW06, see
// the kernels README) is written again here from the inputs it was made from, read back out of
// its own segment, and must come out byte for byte the same, file record included (the internal
// name is the same, and DAFONW's file record has no dates). Then each writer's checks, in CSPICE's
// order.
#include <doctest/doctest.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "context.hpp"
#include "fixtures.hpp"
#include "writers/ck/ck_writer_api.hpp"
#include "writers/spk/spk_writer_api.hpp"

namespace {

using sc::Context;
using sc::ck::ck_segment;
using sc::kernels::OutputKind;
using sc_test::error_code;
using sc_test::fixture_bytes;
using sc_test::ok;
using Words = std::vector<double>;

// The one segment of a little-endian CK: descriptor, name and words.
struct CkSegment {
  double begtim = 0;
  double endtim = 0;
  int ic[6] = {};
  std::string name;
  Words w;
};

int int_at(const std::vector<std::uint8_t>& b, std::size_t at) {
  std::int32_t v;
  std::memcpy(&v, b.data() + at, 4);
  return v;
}

double double_at(const std::vector<std::uint8_t>& b, std::size_t at) {
  double v;
  std::memcpy(&v, b.data() + at, 8);
  return v;
}

CkSegment only_segment(const std::vector<std::uint8_t>& b) {
  const auto summary = static_cast<std::size_t>(int_at(b, 76) - 1) * 1024;
  REQUIRE(double_at(b, summary + 16) == 1.0);
  CkSegment s;
  s.begtim = double_at(b, summary + 24);
  s.endtim = double_at(b, summary + 32);
  for (int k = 0; k < 6; ++k) s.ic[k] = int_at(b, summary + 40 + 4 * k);
  s.name.assign(reinterpret_cast<const char*>(b.data() + summary + 1024), 40);
  s.name.erase(s.name.find_last_not_of(' ') + 1);
  for (int a = s.ic[4]; a <= s.ic[5]; ++a) s.w.push_back(double_at(b, static_cast<std::size_t>(a - 1) * 8));
  return s;
}

Words slice(const Words& w, std::size_t from, std::size_t count) {
  return Words(w.begin() + static_cast<std::ptrdiff_t>(from), w.begin() + static_cast<std::ptrdiff_t>(from + count));
}

// ckopn with the fixture's internal name, `write`, ckcls; the virtual output's bytes.
template <class Write>
std::vector<std::uint8_t> rewrite(const std::string& stem, Write&& write) {
  Context ctx;
  const std::string name = "/kernels/out/" + stem + ".bc";
  const int h = ok(sc::ck::ckopn(ctx, name, "SPICECRAFT " + stem, 0, OutputKind::virtual_output));
  ok(write(ctx, h));
  ok(sc::ck::ckcls(ctx, h));
  const auto bytes = ok(sc::spk::read_virtual_output(ctx, name));
  return std::vector<std::uint8_t>(bytes.span().begin(), bytes.span().end());
}

// Records of `size` words (quaternion first) split into quaternions and angular velocities.
void split_records(const Words& w, int n, int size, Words& quats, Words& avvs) {
  for (int i = 0; i < n; ++i) {
    const auto at = static_cast<std::size_t>(i) * size;
    quats.insert(quats.end(), w.begin() + at, w.begin() + at + 4);
    if (size >= 7) avvs.insert(avvs.end(), w.begin() + at + 4, w.begin() + at + 7);
  }
}

}  // namespace

TEST_CASE("ckw01 rewrites CSPICE's type 1 file byte for byte") {
  const auto theirs = fixture_bytes("ck-written/spicecraft_type01.bc");
  const auto s = only_segment(theirs);
  const bool av = s.ic[3] == 1;
  const int n = static_cast<int>(s.w.back());
  const int size = av ? 7 : 4;
  Words quats, avvs;
  split_records(s.w, n, size, quats, avvs);
  const Words times = slice(s.w, static_cast<std::size_t>(n) * size, n);
  CHECK(n == 121);
  const auto ours = rewrite("type01", [&](Context& ctx, int h) {
    return sc::ck::ckw01(ctx, h, ck_segment(s.begtim, s.endtim, s.ic[0], "J2000", av, s.name), n, times, quats, avvs);
  });
  CHECK(ours == theirs);
}

TEST_CASE("ckw02 rewrites CSPICE's type 2 file byte for byte") {
  const auto theirs = fixture_bytes("ck-written/spicecraft_type02.bc");
  const auto s = only_segment(theirs);
  int n = 1;
  while (10 * n + (n - 1) / 100 < static_cast<int>(s.w.size())) ++n;
  REQUIRE(10 * n + (n - 1) / 100 == static_cast<int>(s.w.size()));
  Words quats, avvs, rates;
  split_records(s.w, n, 8, quats, avvs);
  for (int i = 0; i < n; ++i) rates.push_back(s.w[static_cast<std::size_t>(i) * 8 + 7]);
  const Words start = slice(s.w, 8 * static_cast<std::size_t>(n), n);
  const Words stop = slice(s.w, 9 * static_cast<std::size_t>(n), n);
  const auto ours = rewrite("type02", [&](Context& ctx, int h) {
    return sc::ck::ckw02(ctx, h, ck_segment(s.begtim, s.endtim, s.ic[0], "J2000", true, s.name), n, start, stop,
                         quats, avvs, rates);
  });
  CHECK(ours == theirs);
}

TEST_CASE("ckw03 rewrites CSPICE's type 3 file byte for byte (two time directories)") {
  const auto theirs = fixture_bytes("ck-written/spicecraft_type03.bc");
  const auto s = only_segment(theirs);
  const bool av = s.ic[3] == 1;
  const int n = static_cast<int>(s.w.back());
  const int nints = static_cast<int>(s.w[s.w.size() - 2]);
  const int size = av ? 7 : 4;
  Words quats, avvs;
  split_records(s.w, n, size, quats, avvs);
  const auto times_at = static_cast<std::size_t>(n) * size;
  const Words times = slice(s.w, times_at, n);
  const Words starts = slice(s.w, times_at + n + (n - 1) / 100, nints);
  CHECK(n == 222);
  CHECK(nints == 3);
  const auto ours = rewrite("type03", [&](Context& ctx, int h) {
    return sc::ck::ckw03(ctx, h, ck_segment(s.begtim, s.endtim, s.ic[0], "J2000", av, s.name), n, times, quats, avvs,
                         nints, starts);
  });
  CHECK(ours == theirs);
}

TEST_CASE("ckw05 rewrites CSPICE's type 5 files of all four subtypes byte for byte") {
  for (int subtype = 0; subtype < 4; ++subtype) {
    CAPTURE(subtype);
    const std::string stem = "type05-sub" + std::to_string(subtype);
    const auto theirs = fixture_bytes("ck-written/spicecraft_" + stem + ".bc");
    const auto s = only_segment(theirs);
    const auto& w = s.w;
    const int n = static_cast<int>(w.back());
    const int nints = static_cast<int>(w[w.size() - 2]);
    const int window = static_cast<int>(w[w.size() - 3]);
    REQUIRE(static_cast<int>(w[w.size() - 4]) == subtype);
    const double rate = w[w.size() - 5];
    const int size = sc::ck::kCk05PacketSizes[subtype];
    const int degree = subtype % 2 == 0 ? 2 * window - 1 : window - 1;
    const Words packets = slice(w, 0, static_cast<std::size_t>(n) * size);
    const auto times_at = static_cast<std::size_t>(n) * size;
    const Words times = slice(w, times_at, n);
    const Words starts = slice(w, times_at + n + (n - 1) / 100, nints);
    const auto ours = rewrite(stem, [&](Context& ctx, int h) {
      return sc::ck::ckw05(ctx, h, ck_segment(s.begtim, s.endtim, s.ic[0], "J2000", s.ic[3] == 1, s.name), subtype,
                           degree, n, times, packets, rate, nints, starts);
    });
    CHECK(ours == theirs);
  }
}

TEST_CASE("ckw06 rewrites CSPICE's type 6 file byte for byte (two mini-segments)") {
  const auto theirs = fixture_bytes("ck-written/spicecraft_type06.bc");
  const auto s = only_segment(theirs);
  const auto& w = s.w;
  const int nmini = static_cast<int>(w.back());
  const bool sellst = w[w.size() - 2] == 1.0;
  const auto pointers_at = w.size() - 2 - static_cast<std::size_t>(nmini + 1);
  const auto bounds_at = pointers_at - static_cast<std::size_t>(nmini + 1 + nmini / 100);
  const Words bounds = slice(w, bounds_at, static_cast<std::size_t>(nmini + 1));
  std::vector<int> npkts, subtps, degres;
  Words packets, rates, times;
  for (int i = 0; i < nmini; ++i) {
    const auto begin = static_cast<std::size_t>(w[pointers_at + i]) - 1;
    const auto end = static_cast<std::size_t>(w[pointers_at + i + 1]) - 1;  // one past the mini-segment
    const int n = static_cast<int>(w[end - 1]);
    const int window = static_cast<int>(w[end - 2]);
    const int subtype = static_cast<int>(w[end - 3]);
    const int size = sc::ck::kCk05PacketSizes[subtype];
    npkts.push_back(n);
    subtps.push_back(subtype);
    degres.push_back(subtype % 2 == 0 ? 2 * window - 1 : window - 1);
    rates.push_back(w[end - 4]);
    const Words p = slice(w, begin, static_cast<std::size_t>(n) * size);
    const Words t = slice(w, begin + static_cast<std::size_t>(n) * size, n);
    packets.insert(packets.end(), p.begin(), p.end());
    times.insert(times.end(), t.begin(), t.end());
  }
  CHECK(subtps == std::vector<int>{1, 0});
  CHECK(degres == std::vector<int>{7, 7});
  const auto ours = rewrite("type06", [&](Context& ctx, int h) {
    return sc::ck::ckw06(ctx, h, ck_segment(s.begtim, s.endtim, s.ic[0], "J2000", s.ic[3] == 1, s.name), nmini, npkts,
                         subtps, degres, packets, rates, times, bounds, sellst);
  });
  CHECK(ours == theirs);
}

namespace {

// The type 4 fixture's packets as CKW04A takes them: MID, RADIUS, the seven coefficient counts
// (unpacked from base 128, q0's the lowest digit), the coefficients; and their start times.
struct Type4Input {
  std::vector<int> sizes;
  Words packets;
  Words starts;
};

Type4Input type4_input(const CkSegment& s) {
  const auto& w = s.w;
  const int npkt = static_cast<int>(w[w.size() - 6]);
  Type4Input in;
  std::size_t at = 0;
  for (int k = 0; k < npkt; ++k) {
    in.starts.push_back(w[at]);
    const auto size = static_cast<std::size_t>(w[at + 1]);
    const Words packet = slice(w, at + 2, size);
    in.packets.push_back(packet[0]);
    in.packets.push_back(packet[1]);
    auto code = static_cast<long long>(packet[2]);
    for (int c = 0; c < 7; ++c) {
      in.packets.push_back(static_cast<double>(code % 128));
      code /= 128;
    }
    in.packets.insert(in.packets.end(), packet.begin() + 3, packet.end());
    in.sizes.push_back(static_cast<int>(size) + 6);
    at += 2 + size;
  }
  return in;
}

}  // namespace

TEST_CASE("ckw04b/ckw04a/ckw04e rewrite CSPICE's type 4 file byte for byte, one packet per call or all at once") {
  const auto theirs = fixture_bytes("ck-written/spicecraft_type04.bc");
  const auto s = only_segment(theirs);
  const auto in = type4_input(s);
  REQUIRE(in.sizes.size() == 12);
  CHECK(in.sizes[0] == 79);
  const auto spec = ck_segment(s.begtim, s.begtim, s.ic[0], "J2000", s.ic[3] == 1, s.name);
  const auto one_per_call = rewrite("type04", [&](Context& ctx, int h) -> sc::Status {
    SC_TRY(sc::ck::ckw04b(ctx, h, spec));
    std::size_t at = 0;
    for (std::size_t k = 0; k < in.sizes.size(); ++k) {
      SC_TRY(sc::ck::ckw04a(ctx, h, 1, std::span(in.sizes).subspan(k, 1), std::span(in.packets).subspan(at),
                            std::span(in.starts).subspan(k, 1)));
      at += static_cast<std::size_t>(in.sizes[k]);
    }
    return sc::ck::ckw04e(ctx, h, s.endtim);
  });
  CHECK(one_per_call == theirs);
  // N0067's CKW04A would corrupt packets 2.. here; ours packs each one as it packs the first.
  const auto all_at_once = rewrite("type04", [&](Context& ctx, int h) -> sc::Status {
    SC_TRY(sc::ck::ckw04b(ctx, h, spec));
    SC_TRY(sc::ck::ckw04a(ctx, h, 12, in.sizes, in.packets, in.starts));
    return sc::ck::ckw04e(ctx, h, s.endtim);
  });
  CHECK(all_at_once == theirs);
}

TEST_CASE("the type 4 writers keep CSPICE's call order and checks") {
  Context ctx;
  const int h = ok(sc::ck::ckopn(ctx, "/kernels/out/t4.bc", "t4", 0, OutputKind::virtual_output));
  const std::vector<int> sizes = {12};
  const Words packet = {100, 50, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 0};
  const Words start = {50};
  CHECK(error_code(sc::ck::ckw04a(ctx, h, 1, sizes, packet, start)) == "SPICE(CALLEDOUTOFORDER)");
  CHECK(error_code(sc::ck::ckw04e(ctx, h, 150)) == "SPICE(CALLEDOUTOFORDER)");
  CHECK(error_code(sc::ck::ckw04b(ctx, h, ck_segment(50, 50, -5, "NOT_A_FRAME", false, "S"))) ==
        "SPICE(INVALIDREFFRAME)");
  CHECK(error_code(sc::ck::ckw04b(ctx, h, ck_segment(50, 50, -5, "J2000", false, "A\tB"))) ==
        "SPICE(NONPRINTABLECHARS)");
  ok(sc::ck::ckw04b(ctx, h, ck_segment(50, 50, -5, "J2000", false, "S")));
  CHECK(error_code(sc::ck::ckw04b(ctx, h, ck_segment(50, 50, -5, "J2000", false, "S"))) == "SPICE(DAFNEWCONFLICT)");
  const Words times = {50, 60};
  const Words quats = {1, 0, 0, 0, 1, 0, 0, 0};
  CHECK(error_code(sc::ck::ckw01(ctx, h, ck_segment(50, 60, -6, "J2000", false, "S"), 2, times, quats, {})) ==
        "SPICE(DAFNEWCONFLICT)");
  CHECK(error_code(sc::ck::ckw04a(ctx, h, 1, std::vector<int>{143}, Words(143, 1.0), start)) ==
        "SPICE(INVALIDARGUMENT)");
  CHECK(error_code(sc::ck::ckw04a(ctx, h, 1, std::vector<int>{0}, packet, start)) == "SPICE(INVALIDARGUMENT)");
  CHECK(error_code(sc::ck::ckw04a(ctx, h, 0, {}, {}, {})) == "SPICE(NUMPACKETSNOTPOS)");
  CHECK(error_code(sc::ck::ckw04a(ctx, h, 1, std::vector<int>{6}, packet, start)) == "SPICE(NONPOSPACKETSIZE)");
  ok(sc::ck::ckw04a(ctx, h, 1, sizes, packet, start));
  CHECK(error_code(sc::ck::ckw04a(ctx, h, 1, sizes, packet, start)) == "SPICE(UNORDEREDREFS)");
  ok(sc::ck::ckw04e(ctx, h, 150));
  CHECK(error_code(sc::ck::ckw04e(ctx, h, 150)) == "SPICE(CALLEDOUTOFORDER)");
  ok(sc::ck::ckcls(ctx, h));
}
