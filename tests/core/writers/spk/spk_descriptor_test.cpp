// SPKPDS / SPKUDS (core/writers/spk/spk_descriptor): packing as DAFPS does, bit for bit, and CSPICE's checks.
#include <doctest/doctest.h>

#include <array>
#include <cstring>
#include <cstdint>

#include "context.hpp"
#include "writers/spk/spk_descriptor.hpp"

namespace {

std::uint64_t bits(double d) {
  std::uint64_t b = 0;
  std::memcpy(&b, &d, sizeof b);
  return b;
}

}  // namespace

TEST_CASE("spkpds packs body/center, frame/type and the addresses as integer pairs, low word first") {
  sc::Context ctx;
  auto d = sc::spk::spkpds(ctx, 5, 0, "MARSIAU", 12, 711489848.792553, 711576248.792553);
  REQUIRE(d.ok());
  CHECK((*d)[0] == 711489848.792553);
  CHECK((*d)[1] == 711576248.792553);
  CHECK(bits((*d)[2]) == 5u);                                 // body 5, center 0
  CHECK(bits((*d)[3]) == ((std::uint64_t{12} << 32) | 16u));  // MARSIAU is 16, type 12
  CHECK(bits((*d)[4]) == 0u);
  auto neg = sc::spk::spkpds(ctx, -82, 6, "j2000", 13, -1e9, 1e9);
  REQUIRE(neg.ok());
  CHECK(bits((*neg)[2]) == ((std::uint64_t{6} << 32) | 0xffffffaeu));

  const auto u = sc::spk::spkuds(*neg);
  CHECK(u.body == -82);
  CHECK(u.center == 6);
  CHECK(u.frame == 1);
  CHECK(u.type == 13);
  CHECK(u.first == -1e9);
  CHECK(u.last == 1e9);
  CHECK(u.baddr == 0);
  CHECK(u.eaddr == 0);
}

TEST_CASE("spkpds checks in SPKPDS's order") {
  sc::Context ctx;
  auto code = [&](int body, int center, const char* frame, int type, double first, double last) {
    auto r = sc::spk::spkpds(ctx, body, center, frame, type, first, last);
    return r.ok() ? std::string("ok") : r.error().short_code;
  };
  CHECK(code(0, 3, "NOT_A_FRAME", 0, 1, 0) == "SPICE(BARYCENTEREPHEM)");
  CHECK(code(399, 399, "NOT_A_FRAME", 0, 1, 0) == "SPICE(BODYANDCENTERSAME)");
  CHECK(code(399, 3, "NOT_A_FRAME", 0, 1, 0) == "SPICE(INVALIDREFFRAME)");
  CHECK(code(399, 3, "J2000", 0, 1, 1) == "SPICE(BADDESCRTIMES)");
  CHECK(code(399, 3, "J2000", 0, 0, 1) == "SPICE(UNKNOWNSPKTYPE)");
  CHECK(code(399, 3, "J2000", 1001, 0, 1) == "SPICE(UNKNOWNSPKTYPE)");
  CHECK(code(399, 3, "J2000", 1000, 0, 1) == "ok");
}

TEST_CASE("spkuds of zeros is zeros (no checks)") {
  const std::array<double, 5> zeros{};
  const auto u = sc::spk::spkuds(zeros);
  CHECK(u.body == 0);
  CHECK(u.type == 0);
  CHECK(u.first == 0);
}
