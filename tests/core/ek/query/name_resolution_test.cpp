// ZZEKNRES and ZZEKCCHK (core/ek/query/name_resolution), through prepare_query on the fixture
// tables. Messages not in ek.json were taken from CSPICE N0067 (tspice 0.0.8's ekfind_c).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "ek/query/ek_query.hpp"
#include "ek_query_test_support.hpp"

namespace {

using sc::ek::ColumnRef;
using sc_test::ek_accepted;
using sc_test::ek_refused;
using sc_test::ek_signalled;

constexpr int kEventLog = 0;
constexpr int kInstruments = 1;
constexpr int kCalibration = 2;

}  // namespace

TEST_CASE("ek names: tables, aliases and columns resolve to FROM positions and column indices") {
  const auto q = ek_accepted(
      "SELECT C.CAL_ID, I.NAME, EVENT_LOG.MESSAGE, GAIN FROM EVENT_LOG, INSTRUMENTS I, CALIBRATION C "
      "WHERE C.INSTRUMENT_ID = I.INSTRUMENT_ID ORDER BY SEVERITY DESC");
  REQUIRE(q.tables.size() == 3);
  CHECK(q.tables[0].catalog_table == kEventLog);
  CHECK(q.tables[0].alias.empty());
  CHECK(q.tables[1].catalog_table == kInstruments);
  CHECK(q.tables[1].alias == "I");
  CHECK(q.tables[2].catalog_table == kCalibration);
  CHECK(q.select == std::vector<ColumnRef>{{2, 0}, {1, 1}, {0, 6}, {2, 3}});
  REQUIRE(q.where.size() == 1);
  CHECK(q.where[0][0].lhs == ColumnRef{2, 1});
  CHECK(std::get<ColumnRef>(q.where[0][0].rhs) == ColumnRef{1, 0});
  REQUIRE(q.order_by.size() == 1);
  CHECK(q.order_by[0].column == ColumnRef{0, 5});
  CHECK(q.order_by[0].descending);
}

TEST_CASE("ek names: a table may appear twice; qualifiers look at table names before aliases") {
  const auto self = ek_accepted("SELECT A.EVENT_ID, B.EVENT_ID FROM EVENT_LOG A, EVENT_LOG B WHERE A.EVENT_TIME = B.EVENT_TIME");
  CHECK(self.select == std::vector<ColumnRef>{{0, 0}, {1, 0}});
  // Unaliased twice: the table's name qualifies its first occurrence.
  CHECK(ek_accepted("SELECT EVENT_LOG.EVENT_ID FROM EVENT_LOG, EVENT_LOG").select[0] == ColumnRef{0, 0});
  CHECK(ek_accepted("SELECT X.EVENT_ID FROM EVENT_LOG E, EVENT_LOG X").select[0] == ColumnRef{1, 0});
  CHECK(ek_accepted("SELECT EVENT_LOG.EVENT_ID FROM EVENT_LOG E").select[0] == ColumnRef{0, 0});
  // A table's alias may be its own name.
  CHECK(ek_accepted("SELECT EVENT_ID FROM EVENT_LOG EVENT_LOG").tables[0].alias == "EVENT_LOG");
}

TEST_CASE("ek names: messages") {
  CHECK(ek_refused("SELECT NOT_A_COLUMN FROM EVENT_LOG") == "Column <NOT_A_COLUMN> is not present in any table in FROM clause.");
  CHECK(ek_refused("SELECT EVENT_ID FROM NOT_A_TABLE") == "Table <NOT_A_TABLE> is not currently loaded.");
  CHECK(ek_refused("select event_id from not_loaded") == "Table <not_loaded> is not currently loaded.");
  CHECK(ek_refused("SELECT INSTRUMENT_ID FROM EVENT_LOG, INSTRUMENTS") ==
        "Column name <INSTRUMENT_ID> is ambiguous; a qualifying table name or alias is required.");
  CHECK(ek_refused("SELECT EVENT_ID FROM EVENT_LOG, EVENT_LOG") ==
        "Column name <EVENT_ID> is ambiguous; a qualifying table name or alias is required.");
  CHECK(ek_refused("SELECT E.EVENT_ID FROM EVENT_LOG") == "Table name <E> is not present in FROM clause.");
  CHECK(ek_refused("SELECT EVENT_ID FROM EVENT_LOG E, INSTRUMENTS E") == "Non-distinct alias <E> was found.");
  CHECK(ek_refused("select event_id from event_log e, instruments E") == "Non-distinct alias <E> was found.");
  CHECK(ek_refused("SELECT EVENT_ID FROM EVENT_LOG E, INSTRUMENTS EVENT_LOG") == "Alias <EVENT_LOG> conflicts with table name.");
  CHECK(ek_refused("SELECT I.NAME FROM INSTRUMENTS I WHERE I.EVENT_ID = 1") == "Column <EVENT_ID> does not exist in table <I>.");
  CHECK(ek_refused("SELECT e.event_id FROM EVENT_LOG E WHERE e.nope = 1") == "Column <NOPE> does not exist in table <E>.");
  CHECK(ek_refused("SELECT EVENT_ID FROM EVENT_LOG, NOT_A_TABLE N") == "Table <NOT_A_TABLE> is not currently loaded.");
}

TEST_CASE("ek names: the order of the checks") {
  // Tables before columns, constraints (in normal-form order) before SELECT before ORDER BY.
  CHECK(ek_refused("SELECT NOPE1 FROM EVENT_LOG, NOPE2") == "Table <NOPE2> is not currently loaded.");
  CHECK(ek_refused("SELECT NOPE1 FROM EVENT_LOG WHERE NOPE2 = 1 ORDER BY NOPE3") ==
        "Column <NOPE2> is not present in any table in FROM clause.");
  CHECK(ek_refused("SELECT NOPE1 FROM EVENT_LOG WHERE SEVERITY = 1 ORDER BY NOPE3") ==
        "Column <NOPE1> is not present in any table in FROM clause.");
  CHECK(ek_refused("SELECT EVENT_ID FROM EVENT_LOG WHERE SEVERITY = 1 ORDER BY NOPE3") ==
        "Column <NOPE3> is not present in any table in FROM clause.");
  CHECK(ek_refused("SELECT EVENT_ID FROM EVENT_LOG WHERE SEVERITY = NOPE4 OR NOPE5 = 1") ==
        "Column <NOPE4> is not present in any table in FROM clause.");
}

TEST_CASE("ek names: no table is loaded") {
  const auto r = sc::ek::prepare_query("SELECT EVENT_ID FROM EVENT_LOG", {}, sc::ek::TimeConversion{});
  REQUIRE(r.ok());
  CHECK(r->errmsg == "Table <EVENT_LOG> is not currently loaded.");
}

TEST_CASE("ek names: CSPICE's misaligned query after a qualified ORDER BY column and a clause keyword") {
  sc::Error e = ek_signalled("SELECT EVENT_ID FROM EVENT_LOG E ORDER BY E.SEVERITY WHERE SEVERITY = 1");
  CHECK(e.short_code == "SPICE(BUG)");
  CHECK(e.long_msg == "Invalid string bounds 35:0 for column.  Column name descriptor base is 71.");
  e = ek_signalled("FROM EVENT_LOG E ORDER BY E.EVENT_ID SELECT E.EVENT_ID");
  CHECK(e.long_msg == "Invalid string bounds 28:0 for column.  Column name descriptor base is 44.");
  e = ek_signalled("FROM EVENT_LOG E ORDER BY E.EVENT_ID SELECT EVENT_ID");
  CHECK(e.long_msg == "Invalid string bounds 27:0 for column.  Column name descriptor base is 44.");
  e = ek_signalled("FROM EVENT_LOG E ORDER BY E.SEVERITY, E.EVENT_ID SELECT EVENT_ID");
  CHECK(e.long_msg == "Invalid string bounds 36:0 for column.  Column name descriptor base is 57.");
  CHECK(ek_accepted("FROM EVENT_LOG E ORDER BY E.EVENT_ID ASC SELECT EVENT_ID").order_by.size() == 1);
}
