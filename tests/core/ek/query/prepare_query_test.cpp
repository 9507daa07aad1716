// prepare_query (core/ek/query/prepare_query): the stages in EKFIND's order, ekfind_c's string
// check, and the ResolvedQuery handed to the search.
#include <doctest/doctest.h>

#include <string>

#include "ek/query/ek_query.hpp"
#include "ek_query_test_support.hpp"

using sc::ek::ColumnRef;
using sc::ek::DataType;
using sc::ek::Op;
using sc::ek::Value;
using sc_test::ek_accepted;
using sc_test::ek_refused;

TEST_CASE("ek prepare_query: an empty query is ekfind_c's SPICE(EMPTYSTRING); a blank one has no FROM") {
  const auto empty = sc_test::ek_prepare("");
  REQUIRE_FALSE(empty.ok());
  CHECK(empty.error().short_code == "SPICE(EMPTYSTRING)");
  CHECK(empty.error().long_msg == "String \"query\" has length zero.");
  CHECK(ek_refused("   ") == "Every query must contain a FROM clause. The FROM keyword was not found.");
}

TEST_CASE("ek prepare_query: the first failing stage decides") {
  // scanning before parsing, parsing before names, names before times, times before types
  CHECK(ek_refused("SELECT FROM EVENT_LOG WHERE X = 'a") == "Invalid quoted string at location 33.");
  CHECK(ek_refused("SELECT NOPE FROM EVENT_LOG WHERE SEVERITY = = 1") == "Token sequence must be followed by a value.");
  CHECK(ek_refused("SELECT NOPE FROM EVENT_LOG WHERE EVENT_TIME > 'x'") ==
        "Column <NOPE> is not present in any table in FROM clause.");
  CHECK(ek_refused("SELECT EVENT_ID FROM EVENT_LOG WHERE SEVERITY = 'a' AND EVENT_TIME > 'garbage'") ==
        "The input string contains an unrecognizable substring beginning at the character marked by <G>: \"<G>ARBAGE\"");
}

TEST_CASE("ek prepare_query: the resolved query") {
  const auto q = ek_accepted(
      "select e.event_id, i.name from event_log e, instruments i where e.instrument_id = i.instrument_id and "
      "(e.severity between 4 and 5 or e.message is null) and i.spacecraft <> 'MRO' order by i.name desc, e.event_id");
  REQUIRE(q.tables.size() == 2);
  CHECK(q.tables[0].alias == "E");
  CHECK(q.select == std::vector<ColumnRef>{{0, 0}, {1, 1}});
  // (join AND between-part AND spacecraft) for each of the BETWEEN's two conjunctions, then the NULL one.
  REQUIRE(q.where.size() == 3);
  REQUIRE(q.where[0].size() == 4);
  CHECK(q.where[0][0].lhs == ColumnRef{0, 3});
  CHECK(q.where[0][0].op == Op::eq);
  CHECK(std::get<ColumnRef>(q.where[0][0].rhs) == ColumnRef{1, 0});
  CHECK(q.where[0][1].op == Op::ge);
  CHECK(std::get<Value>(q.where[0][1].rhs).number == 4.0);
  CHECK(std::get<Value>(q.where[0][1].rhs).type == DataType::integer);
  CHECK(q.where[0][2].op == Op::le);
  CHECK(std::get<Value>(q.where[0][2].rhs).number == 5.0);
  CHECK(q.where[0][3].op == Op::ne);
  CHECK(std::get<Value>(q.where[0][3].rhs).text == "MRO");
  CHECK(q.where[1][1].op == Op::le);
  CHECK(q.where[1][2].op == Op::ge);
  REQUIRE(q.where[2].size() == 3);
  CHECK(q.where[2][1].lhs == ColumnRef{0, 6});
  CHECK(q.where[2][1].op == Op::isnull);
  CHECK(std::get<Value>(q.where[2][1].rhs).kind == Value::Kind::Null);
  REQUIRE(q.order_by.size() == 2);
  CHECK(q.order_by[0].column == ColumnRef{1, 1});
  CHECK(q.order_by[0].descending);
  CHECK_FALSE(q.order_by[1].descending);
  CHECK(ek_accepted("SELECT EVENT_ID FROM EVENT_LOG").where.empty());
}
