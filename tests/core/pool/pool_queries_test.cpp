// The CSPICE pool queries (core/pool/pool_queries) against pool.json: gnpool#57, whose room of 50
// makes the order decide which names come back.
#include <doctest/doctest.h>

#include <algorithm>
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
