// CSPICE's pool hash (ZZHASH, core/pool/cspice_hash): the buckets of known names.
#include <doctest/doctest.h>

#include "golden_fixture.hpp"
#include "pool/cspice_hash.hpp"

namespace {

using sc::pool::cspice_hash;

}  // namespace

TEST_CASE("cspice_hash reproduces ZZHASH's buckets") {
  // VAL('A') = 11, so f = 11 and the bucket is 11*68 mod 26003 + 1 = 748 + 1.
  CHECK(cspice_hash("A") == 749);
  CHECK(cspice_hash("a") == 749);  // VAL maps lower case onto upper case
  // VAL('K') = 21: 21*68 + 1 = 1429.
  CHECK(cspice_hash("K") == 1429);
  // f = 11*68 + VAL('B') = 748 + 12 = 760; 760*68 = 51680 = 26003 + 25677, so 25677 + 1.
  CHECK(cspice_hash("AB") == 25678);
  // Nothing hashed: f = 0, bucket 1. A leading blank stops the scan at once, and so does any blank.
  CHECK(cspice_hash("") == 1);
  CHECK(cspice_hash(" A") == 1);
  CHECK(cspice_hash("A B") == cspice_hash("A"));
  // Characters VAL does not list (here a byte >= 128) count as 0: f = 11*68 + 0 = 748, 748*68 =
  // 50864 = 26003 + 24861.
  CHECK(cspice_hash("A\xC3") == 24862);
  // "AZ0" and "G9R" collide: as base-68 numbers (11,36,1) = 53313 and (17,10,28) = 79316 differ
  // by exactly 26003, so both give f = 1307 and the bucket 1307*68 mod 26003 + 1 = 10867 + 1.
  CHECK(cspice_hash("AZ0") == 10868);
  CHECK(cspice_hash("G9R") == 10868);
  // ZZHASH2 with a caller's divisor: VAL('0') = 1 and VAL('7') = 8 are equal mod 7, both -> 68 mod 7 + 1.
  CHECK(cspice_hash("0", 7) == 6);
  CHECK(cspice_hash("7", 7) == 6);
  // Divisors outside 1..INT32_MAX/68 - 1 are refused with 0, as ZZHASH2 does.
  CHECK(cspice_hash("A", 0) == 0);
  CHECK(cspice_hash("A", 2147483647 / 68) == 0);
}
