// ZZEKSEMC (core/ek/query/semantic_checks): types, LIKE, scalar columns, and CSPICE's quirks.
// Messages not in ek.json were taken from CSPICE N0067 (tspice 0.0.8's ekfind_c).
#include <doctest/doctest.h>

#include "ek_query_test_support.hpp"

using sc_test::ek_accepted;
using sc_test::ek_refused;

TEST_CASE("ek semantics: types") {
  CHECK(ek_refused("SELECT EVENT_ID FROM EVENT_LOG WHERE EVENT_TYPE = 5") ==
        "Data type mismatch: column <EVENT_TYPE> has data type CHARACTER; value <5> has data type INTEGER.");
  CHECK(ek_refused("SELECT EVENT_ID FROM EVENT_LOG WHERE SEVERITY = 'HIGH'") ==
        "Data type mismatch: column <SEVERITY> has data type INTEGER; value <'HIGH'> has data type CHARACTER.");
  CHECK(ek_refused("SELECT EVENT_ID FROM EVENT_LOG WHERE SEVERITY = \"ab\"\"c\"") ==
        "Data type mismatch: column <SEVERITY> has data type INTEGER; value <\"ab\"\"c\"> has data type CHARACTER.");
  CHECK(ek_refused("SELECT EVENT_ID FROM EVENT_LOG WHERE EVENT_TYPE LIKE 5") ==
        "Data type mismatch: column <EVENT_TYPE> has data type CHARACTER; value <5> has data type INTEGER.");
  CHECK(ek_refused("SELECT EVENT_ID FROM EVENT_LOG WHERE EVENT_ID < INSTRUMENT_ID AND EVENT_TIME = EVENT_TYPE") ==
        "Data type mismatch: column <EVENT_TIME> has data type TIME; column <EVENT_TYPE> has data type CHARACTER.");
  CHECK(ek_refused("SELECT EVENT_ID FROM EVENT_LOG WHERE EVENT_TIME = DURATION") ==
        "Data type mismatch: column <EVENT_TIME> has data type TIME; column <DURATION> has data type DOUBLE PRECISION.");
  // INTEGER and DOUBLE PRECISION mix; CHARACTER columns compare with each other.
  CHECK(ek_accepted("SELECT EVENT_ID FROM EVENT_LOG WHERE DURATION > SEVERITY AND SEVERITY = 4.0").where.size() == 1);
  CHECK(ek_accepted("SELECT EVENT_ID FROM EVENT_LOG WHERE MESSAGE LIKE EVENT_TYPE").where.size() == 1);
}

TEST_CASE("ek semantics: LIKE needs a character column") {
  CHECK(ek_refused("SELECT EVENT_ID FROM EVENT_LOG WHERE SEVERITY LIKE '1*'") ==
        "LIKE and NOT LIKE operators may be used only with character columns.  Column <SEVERITY> has type INTEGER.");
  CHECK(ek_refused("SELECT EVENT_ID FROM EVENT_LOG WHERE DURATION LIKE SEVERITY") ==
        "LIKE and NOT LIKE operators may be used only with character columns.  Column <DURATION> has type DOUBLE "
        "PRECISION.");
}

TEST_CASE("ek semantics: constraints and ORDER BY need scalar columns") {
  CHECK(ek_refused("SELECT EVENT_ID FROM EVENT_LOG WHERE SEVERITY = QUAT") ==
        "Non-scalar column <SEVERITY = QUAT> having size 4 found in query constraint.");
  // Array columns may be selected.
  CHECK(ek_accepted("SELECT COUNTS, QUAT FROM EVENT_LOG").select.size() == 2);
}

TEST_CASE("ek semantics: a non-scalar column's message quotes up to the last right-hand lexeme") {
  // Nothing on a right-hand side looked at yet, or it ends before the column: one blank.
  CHECK(ek_refused("SELECT EVENT_ID FROM EVENT_LOG WHERE COUNTS = 1") ==
        "Non-scalar column < > having size -1 found in query constraint.");
  CHECK(ek_refused("SELECT EVENT_ID FROM EVENT_LOG ORDER BY COUNTS") ==
        "Non-scalar column < > having size -1 found in order-by column.");
  CHECK(ek_refused("SELECT EVENT_ID FROM EVENT_LOG WHERE SEVERITY = 1 ORDER BY QUAT") ==
        "Non-scalar column < > having size 4 found in order-by column.");
  CHECK(ek_refused("SELECT NAME FROM INSTRUMENTS WHERE INSTALLED = '2015-01-01' AND DETECTOR = 1") ==
        "Non-scalar column < > having size 2 found in query constraint.");
  // The normal form checks B = 2 after C = 3, whose value lies further on.
  CHECK(ek_refused("SELECT EVENT_ID FROM EVENT_LOG WHERE (SEVERITY = 1 OR COUNTS = 2) AND SEVERITY = 3") ==
        "Non-scalar column <COUNTS = 2) AND SEVERITY = 3> having size -1 found in query constraint.");
  CHECK(ek_refused("SELECT EVENT_ID FROM EVENT_LOG ORDER BY QUAT WHERE SEVERITY = 1") ==
        "Non-scalar column <QUAT WHERE SEVERITY = 1> having size 4 found in order-by column.");
  // A TIME value's lexeme ends where it begins.
  CHECK(ek_refused("SELECT EVENT_ID FROM EVENT_LOG WHERE (EVENT_TIME > '2015-01-01' OR COUNTS = 1) AND EVENT_TIME < "
                   "'2016-01-01'") == "Non-scalar column <COUNTS = 1) AND EVENT_TIME < '> having size -1 found in query constraint.");
  CHECK(ek_refused("SELECT NAME FROM INSTRUMENTS WHERE (INSTALLED = '2015-01-01' OR FILTERS = 'A') AND NAME = 'B'") ==
        "Non-scalar column <FILTERS = 'A') AND NAME = 'B'> having size -1 found in query constraint.");
}

TEST_CASE("ek semantics: the first NULL test ends the checks") {
  // CSPICE stops checking at IS NULL / IS NOT NULL; its search signals SPICE(BUG) for the LIKE
  // on an INTEGER column and sorts on the array column.
  const auto q = ek_accepted("SELECT EVENT_ID FROM EVENT_LOG WHERE DURATION IS NULL AND SEVERITY LIKE 'x'");
  CHECK(q.where[0][1].op == sc::ek::Op::like);
  CHECK(ek_accepted("SELECT EVENT_ID FROM EVENT_LOG WHERE DURATION IS NULL ORDER BY COUNTS").order_by.size() == 1);
  CHECK(ek_accepted("SELECT NAME FROM INSTRUMENTS WHERE NAME = 'B' AND FOCAL_LENGTH IS NULL ORDER BY DETECTOR").where.size() == 1);
  CHECK(ek_accepted("SELECT NAME FROM INSTRUMENTS WHERE NAME = 'B' AND FOCAL_LENGTH IS NOT NULL AND DETECTOR = 1").where[0].size() ==
        3);
  CHECK(ek_refused("SELECT NAME FROM INSTRUMENTS WHERE DETECTOR IS NULL") ==
        "Non-scalar column < > having size 2 found in query constraint.");
}
