// DAFPS/DAFUS (core/file_access/summary_packing): round trips, CSPICE's clamping of ND and NI, and
// the integers packed two to a double in this machine's order.
#include <doctest/doctest.h>

#include <cstdint>
#include <cstring>
#include <vector>

#include "file_access/summary_packing.hpp"
#include "fixtures.hpp"

using sc_test::error_code;
using sc_test::ok;

TEST_CASE("dafps then dafus gives the components back; integers share words in memory order") {
  const std::vector<double> dc{478267200.0, 478958400.0};
  const std::vector<std::int32_t> ic{1, 0, 1, 2, 641, 688};
  const auto sum = ok(sc::file_access::dafps(2, 6, dc, ic));
  REQUIRE(sum.size() == 5);
  std::int32_t pair[2];
  std::memcpy(pair, &sum[4], sizeof pair);
  CHECK(pair[0] == 641);
  CHECK(pair[1] == 688);
  const auto back = ok(sc::file_access::dafus(sum, 2, 6));
  CHECK(back.dc == dc);
  CHECK(back.ic == ic);
}

TEST_CASE("odd NI leaves the last half word zero; ND and NI are clamped as CSPICE clamps them") {
  const auto sum = ok(sc::file_access::dafps(2, 5, std::vector<double>{1, 2}, std::vector<std::int32_t>{3, 4, 5, 6, 7}));
  REQUIRE(sum.size() == 5);
  std::int32_t pair[2];
  std::memcpy(pair, &sum[4], sizeof pair);
  CHECK(pair[0] == 7);
  CHECK(pair[1] == 0);
  // NI = 0 still takes one word (Fortran's (M - 1) / 2 + 1); negative ND is 0.
  CHECK(ok(sc::file_access::dafps(-3, 0, std::vector<double>{}, std::vector<std::int32_t>{})).size() == 1);
  CHECK(ok(sc::file_access::dafus(std::vector<double>{1, 2, 3}, 2, 0)).ic.empty());
}

TEST_CASE("short inputs are SPICE(BADARRAYSIZE)") {
  CHECK(error_code(sc::file_access::dafps(2, 6, std::vector<double>{1}, std::vector<std::int32_t>{1, 2, 3, 4, 5, 6})) ==
        "SPICE(BADARRAYSIZE)");
  CHECK(error_code(sc::file_access::dafus(std::vector<double>{1, 2, 3}, 2, 6)) == "SPICE(BADARRAYSIZE)");
}
