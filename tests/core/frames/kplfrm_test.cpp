// KPLFRM (core/frames/kplfrm): the frames a pool defines, by class.
#include <doctest/doctest.h>

#include <vector>

#include "frames/kplfrm.hpp"
#include "pool/pool.hpp"
#include "pool/text_kernel_parser.hpp"

namespace {

sc::pool::Pool pool_of(std::string_view text) {
  sc::pool::Pool pool;
  auto parsed = sc::pool::parse_text_kernel(text, "frames.tf");
  REQUIRE(parsed.ok());
  REQUIRE(pool.apply(*parsed, "frames.tf").ok());
  return pool;
}

std::vector<int> ids(const sc::pool::Pool& pool, int cls) {
  auto r = sc::frames::kplfrm(pool, cls);
  REQUIRE(r.ok());
  return *r;
}

}  // namespace

TEST_CASE("kplfrm lists complete frame definitions by class, sorted, class by id or by name") {
  const auto pool = pool_of(
      "\\begindata\n"
      "FRAME_B = 1400002\nFRAME_1400002_NAME = 'B'\nFRAME_1400002_CLASS = 4\n"
      "FRAME_A = 1400001\nFRAME_1400001_NAME = 'A'\nFRAME_A_CLASS = 4\n"
      "FRAME_D = 1400009\nFRAME_1400009_NAME = 'D'\nFRAME_1400009_CLASS = 5\n"
      // no FRAME_<name> id: not a frame
      "FRAME_1400003_NAME = 'C'\nFRAME_1400003_CLASS = 4\n"
      // no class: not a frame
      "FRAME_E = 1400004\nFRAME_1400004_NAME = 'E'\n");
  CHECK(ids(pool, 4) == std::vector<int>{1400001, 1400002});
  CHECK(ids(pool, 5) == std::vector<int>{1400009});
  CHECK(ids(pool, -1) == std::vector<int>{1400001, 1400002, 1400009});
  CHECK(ids(pool, 1).empty());
  CHECK(ids(pool, 6).empty());
}

TEST_CASE("kplfrm refuses classes outside -1 and 1..6 with SPICE(BADFRAMECLASS)") {
  sc::pool::Pool pool;
  for (int cls : {0, 7, -2}) CHECK(sc::frames::kplfrm(pool, cls).error().short_code == "SPICE(BADFRAMECLASS)");
}
