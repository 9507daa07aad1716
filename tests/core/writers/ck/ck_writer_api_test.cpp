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
