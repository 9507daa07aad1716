// The pool's watchers (core/pool/watchers) and the watcher calls of core/pool/pool_queries, with
// CSPICE's semantics (pool-extras.json checks the same against CSPICE on both backends).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "pool/pool.hpp"
#include "pool/pool_queries.hpp"
#include "pool/text_kernel_parser.hpp"

namespace {

using sc::pool::Pool;

bool check(Pool& pool, std::string_view agent) {
  auto r = sc::pool::cvpool(pool, agent);
  REQUIRE(r.ok());
  return *r;
}

void watch(Pool& pool, std::string_view agent, std::vector<std::string> names) {
  REQUIRE(sc::pool::swpool(pool, agent, names).ok());
}

}  // namespace

TEST_CASE("swpool arms the agent; cvpool answers once; puts of watched names arm it again") {
  Pool pool;
  CHECK_FALSE(check(pool, "NEVER_SEEN"));
  watch(pool, "AGENT", {"X", "Y"});
  CHECK(check(pool, "AGENT"));
  CHECK_FALSE(check(pool, "AGENT"));
  const std::vector<double> one{1.0};
  REQUIRE(sc::pool::pdpool(pool, "UNWATCHED", one).ok());
  CHECK_FALSE(check(pool, "AGENT"));
  REQUIRE(sc::pool::pdpool(pool, "Y", one).ok());
  CHECK(check(pool, "AGENT"));
  const std::vector<std::string> text{"a"};
  REQUIRE(sc::pool::pcpool(pool, "X", text).ok());
  CHECK(check(pool, "AGENT"));
  CHECK_FALSE(check(pool, "AGENT"));
}

TEST_CASE("agents and names are case-sensitive Fortran strings: trailing blanks do not count") {
  Pool pool;
  watch(pool, "CaseAgent", {"NAME"});
  CHECK_FALSE(check(pool, "CASEAGENT"));
  CHECK(check(pool, "CaseAgent  "));
  const std::vector<double> one{1.0};
  REQUIRE(sc::pool::pdpool(pool, "name", one).ok());
  CHECK_FALSE(check(pool, "CaseAgent"));
  REQUIRE(sc::pool::pdpool(pool, "NAME", one).ok());
  CHECK(check(pool, "CaseAgent"));
}

TEST_CASE("watches add up, and an agent with an empty list is armed once but never told of a clear") {
  Pool pool;
  watch(pool, "A", {"P"});
  watch(pool, "A", {"Q"});
  watch(pool, "EMPTY", {});
  CHECK(check(pool, "A"));
  CHECK(check(pool, "EMPTY"));
  const std::vector<double> one{1.0};
  REQUIRE(sc::pool::pdpool(pool, "P", one).ok());
  CHECK(check(pool, "A"));
  pool.clear();
  CHECK(check(pool, "A"));  // CLPOOL tells the agents of every watched name
  CHECK_FALSE(check(pool, "EMPTY"));
}

TEST_CASE("a text kernel that assigns a watched name tells its agents; dvpool only when it deletes") {
  Pool pool;
  watch(pool, "A", {"BODY399_GM"});
  CHECK(check(pool, "A"));
  auto parsed = sc::pool::parse_text_kernel("\\begindata\nBODY399_GM = 398600.4\nOTHER = 1\n", "t.tpc");
  REQUIRE(parsed.ok());
  REQUIRE(pool.apply(*parsed, "t.tpc").ok());
  CHECK(check(pool, "A"));
  REQUIRE(sc::pool::dvpool(pool, "OTHER").ok());
  CHECK_FALSE(check(pool, "A"));
  REQUIRE(sc::pool::dvpool(pool, "BODY399_GM").ok());
  CHECK(check(pool, "A"));
  REQUIRE(sc::pool::dvpool(pool, "BODY399_GM").ok());  // gone already: nothing happens
  CHECK_FALSE(check(pool, "A"));
}

TEST_CASE("a copy of the pool (a failed load restores one) carries the watchers") {
  Pool pool;
  watch(pool, "A", {"X"});
  Pool saved;
  saved = pool;
  CHECK(check(pool, "A"));
  pool = saved;
  CHECK(check(pool, "A"));
}

TEST_CASE("the C wrappers' empty-string checks: SPICE(EMPTYSTRING) for \"\", a blank name is a name") {
  Pool pool;
  CHECK(sc::pool::swpool(pool, "", {}).error().short_code == "SPICE(EMPTYSTRING)");
  CHECK(sc::pool::cvpool(pool, "").error().short_code == "SPICE(EMPTYSTRING)");
  CHECK(sc::pool::dvpool(pool, "").error().short_code == "SPICE(EMPTYSTRING)");
  CHECK(sc::pool::gdpool(pool, "", 0, 1).error().short_code == "SPICE(EMPTYSTRING)");
  CHECK(sc::pool::gipool(pool, "", 0, 1).error().short_code == "SPICE(EMPTYSTRING)");
  CHECK(sc::pool::gcpool(pool, "", 0, 1).error().short_code == "SPICE(EMPTYSTRING)");
  CHECK(sc::pool::gnpool(pool, "", 0, 1).error().short_code == "SPICE(EMPTYSTRING)");
  CHECK(sc::pool::dtpool(pool, "").error().short_code == "SPICE(EMPTYSTRING)");
  CHECK(sc::pool::expool(pool, "").error().short_code == "SPICE(EMPTYSTRING)");
  // The empty-string check comes before the room check, as gdpool_c's CHKFSTR precedes GDPOOL.
  CHECK(sc::pool::gdpool(pool, "", 0, 0).error().short_code == "SPICE(EMPTYSTRING)");
  auto blank = sc::pool::gdpool(pool, " ", 0, 1);
  REQUIRE(blank.ok());
  CHECK_FALSE(blank->has_value());
  auto shape = sc::pool::dtpool(pool, " ");
  REQUIRE(shape.ok());
  CHECK_FALSE(shape->has_value());
}
