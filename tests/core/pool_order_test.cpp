// Tests that the pool lists names in CSPICE's gnpool order: the ZZHASH bucket function, the
// chain order inside a bucket (insertion order, stable under updates, reset by deletion), and the
// golden case gnpool#57 whose `room` of 50 makes the order decide which names come back.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "golden_fixture.hpp"
#include "pool/cspice_hash.hpp"
#include "pool/pool.hpp"
#include "pool/pool_queries.hpp"
#include "pool/text_kernel_parser.hpp"

namespace {

using sc::pool::cspice_hash;
using sc::pool::Pool;

using sc_test::fixtures_dir;
using sc_test::read_file;

void load_kernel(Pool& pool, const std::string& relative) {
  auto parsed = sc::pool::parse_text_kernel(read_file(fixtures_dir() / "kernels" / relative), relative);
  REQUIRE_MESSAGE(parsed.ok(), relative << ": " << (parsed.ok() ? "" : parsed.error().long_msg));
  auto applied = pool.apply(*parsed, relative);
  REQUIRE_MESSAGE(applied.ok(), relative << ": " << (applied.ok() ? "" : applied.error().long_msg));
}

void put_number(Pool& pool, std::string_view name, double value) {
  const double values[] = {value};
  REQUIRE(sc::pool::pdpool(pool, name, values).ok());
}

// The names one golden case of pool.json expects (its "values").
std::vector<std::string> golden_values(const sc_test::Golden& g, const std::string& case_id) {
  const auto& cases = g.cases();
  const auto c = std::find_if(cases.begin(), cases.end(), [&](const auto& x) { return x["id"].string() == case_id; });
  REQUIRE(c != cases.end());
  REQUIRE((*c)["expect"].has("values"));
  std::vector<std::string> values;
  for (const auto& v : (*c)["expect"]["values"].array()) values.push_back(v.string());
  return values;
}

std::vector<std::string> gnpool_names(const Pool& pool, std::string_view pattern, int start, int room) {
  auto result = sc::pool::gnpool(pool, pattern, start, room);
  REQUIRE(result.ok());
  REQUIRE(result->has_value());
  return **result;
}

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

TEST_CASE("match walks buckets in order, not names alphabetically") {
  Pool pool;
  put_number(pool, "AB", 1);  // bucket 25678
  put_number(pool, "K", 2);   // bucket 1429
  put_number(pool, "A", 3);   // bucket 749
  CHECK(pool.match("*") == std::vector<std::string>{"A", "K", "AB"});
}

TEST_CASE("a bucket's chain keeps insertion order; updates keep a name's place") {
  Pool pool;
  put_number(pool, "G9R", 1);
  put_number(pool, "AZ0", 2);  // same bucket, appended after G9R although it sorts first
  put_number(pool, "A", 3);    // an earlier bucket comes first whatever its arrival
  CHECK(pool.match("*") == std::vector<std::string>{"A", "G9R", "AZ0"});

  // Replacing (pdpool, `=`) or appending (`+=`) to an existing name leaves it where it is.
  put_number(pool, "G9R", 4);
  auto statements = sc::pool::parse_text_kernel("\\begindata\nG9R += 5\nAZ0 = 6\n", "update.tk");
  REQUIRE(statements.ok());
  REQUIRE(pool.apply(*statements, "update.tk").ok());
  CHECK(pool.match("*") == std::vector<std::string>{"A", "G9R", "AZ0"});
  CHECK(pool.find("G9R")->numbers == std::vector<double>{4, 5});

  // Deleting unlinks the node; re-inserting appends it at the chain's tail.
  CHECK(pool.erase("G9R"));
  put_number(pool, "G9R", 7);
  CHECK(pool.match("*") == std::vector<std::string>{"A", "AZ0", "G9R"});

  // Clearing and reloading (what unload does) follows the new load order.
  pool.clear();
  put_number(pool, "AZ0", 1);
  put_number(pool, "G9R", 2);
  CHECK(pool.match("%%%") == std::vector<std::string>{"AZ0", "G9R"});
}

TEST_CASE("gnpool#57: the first 50 BODY%%%_RADII are CSPICE's, in CSPICE's order") {
  Pool pool;
  for (const char* kernel : {"lsk/naif0012.tls", "pck/pck00010.tpc", "pck/gm_de440.tpc", "fk/moon_080317.tf"}) {
    load_kernel(pool, kernel);
  }
  const auto expected = golden_values(sc_test::read_golden("pool.json"), "gnpool#57");
  REQUIRE(expected.size() == 50);

  // More names match than fit, so the order decides which 50 come back.
  const auto all = pool.match("BODY%%%_RADII");
  REQUIRE(all.size() > 50);

  const auto first = gnpool_names(pool, "BODY%%%_RADII", 0, 50);
  auto first_sorted = first;
  auto expected_sorted = expected;
  std::sort(first_sorted.begin(), first_sorted.end());
  std::sort(expected_sorted.begin(), expected_sorted.end());
  CHECK(first_sorted == expected_sorted);  // the golden runner's set comparison
  CHECK(first == expected);                // and CSPICE's exact order

  // The next page continues the same walk.
  const auto rest = gnpool_names(pool, "BODY%%%_RADII", 50, 1000);
  CHECK(rest.size() == all.size() - 50);
  CHECK(std::equal(rest.begin(), rest.end(), all.begin() + 50));
  for (std::size_t i = 1; i < all.size(); ++i) CHECK(cspice_hash(all[i - 1]) <= cspice_hash(all[i]));
}
