// The kernel pool (core/pool/pool): names are walked bucket by bucket as CSPICE's hash table
// walks them, and a bucket's chain keeps insertion order, so pattern queries return names in
// CSPICE's order.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "pool/pool.hpp"
#include "pool/pool_queries.hpp"
#include "pool/text_kernel_parser.hpp"

namespace {

using sc::pool::Pool;

void put_number(Pool& pool, std::string_view name, double value) {
  const double values[] = {value};
  REQUIRE(sc::pool::pdpool(pool, name, values).ok());
}

}  // namespace

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
