// ZZEKPARS's clauses and messages (core/ek/query/query_parser). Messages not in ek.json were taken
// from CSPICE N0067 (tspice 0.0.8's ekfind_c) on the same queries.
#include <doctest/doctest.h>

#include <string>

#include "ek/query/query_errors.hpp"
#include "ek/query/query_parser.hpp"
#include "ek/query/query_scanner.hpp"

namespace {

using sc::ek::query::ParsedQuery;

ParsedQuery parsed(std::string_view q) {
  auto tokens = sc::ek::query::scan_query(q);
  REQUIRE_MESSAGE(tokens.ok(), q << ": " << tokens.error().long_msg);
  auto p = sc::ek::query::parse_query(q, *tokens);
  REQUIRE_MESSAGE(p.ok(), q << ": " << p.error().long_msg);
  return std::move(*p);
}

std::string parse_error(std::string_view q) {
  auto tokens = sc::ek::query::scan_query(q);
  REQUIRE_MESSAGE(tokens.ok(), q << ": " << tokens.error().long_msg);
  auto p = sc::ek::query::parse_query(q, *tokens);
  REQUIRE_MESSAGE(!p.ok(), q << " parsed");
  CHECK(sc::ek::query::is_query_error(p.error()));
  return p.error().long_msg;
}

}  // namespace

TEST_CASE("ek parser: tables, aliases, SELECT and ORDER BY columns") {
  const ParsedQuery p = parsed(
      "SELECT E.EVENT_ID, name FROM EVENT_LOG E, instruments, CALIBRATION c ORDER BY E.SEVERITY DESC, NAME, CAL_ID ASC");
  REQUIRE(p.tables.size() == 3);
  CHECK(p.tables[0].name.text == "EVENT_LOG");
  CHECK(p.tables[0].alias->text == "E");
  CHECK(p.tables[1].name.text == "INSTRUMENTS");
  CHECK_FALSE(p.tables[1].alias.has_value());
  CHECK(p.tables[2].alias->text == "C");
  REQUIRE(p.select.size() == 2);
  CHECK(p.select[0].qualifier->text == "E");
  CHECK(p.select[0].column.text == "EVENT_ID");
  CHECK_FALSE(p.select[1].qualifier.has_value());
  CHECK(p.select[1].column.text == "NAME");
  REQUIRE(p.order_by.size() == 3);
  CHECK(p.order_by[0].column.qualifier->text == "E");
  CHECK(p.order_by[0].column.column.text == "SEVERITY");
  CHECK(p.order_by[0].descending);
  CHECK_FALSE(p.order_by[1].descending);
  CHECK(p.order_by[2].column.column.text == "CAL_ID");
  CHECK_FALSE(p.order_by[2].descending);
  CHECK(p.where.empty());
  CHECK_FALSE(p.order_sense_missing);
}

TEST_CASE("ek parser: clauses may follow the SELECT list in any order") {
  const ParsedQuery a = parsed("FROM EVENT_LOG SELECT EVENT_ID");
  CHECK(a.select.size() == 1);
  const ParsedQuery b = parsed("SELECT EVENT_ID ORDER BY SEVERITY WHERE SEVERITY > 1 FROM EVENT_LOG");
  CHECK(b.tables.size() == 1);
  CHECK(b.order_by.size() == 1);
  CHECK(b.where.size() == 1);
}

TEST_CASE("ek parser: a qualified ORDER BY column followed by a clause keyword loses its sense") {
  CHECK(parsed("FROM EVENT_LOG E ORDER BY E.EVENT_ID SELECT EVENT_ID").order_sense_missing);
  CHECK_FALSE(parsed("FROM EVENT_LOG E ORDER BY EVENT_ID SELECT EVENT_ID").order_sense_missing);
  CHECK_FALSE(parsed("FROM EVENT_LOG E ORDER BY E.EVENT_ID ASC SELECT EVENT_ID").order_sense_missing);
  CHECK_FALSE(parsed("SELECT EVENT_ID FROM EVENT_LOG E ORDER BY E.EVENT_ID").order_sense_missing);
}

TEST_CASE("ek parser: messages") {
  CHECK(parse_error("SELECT EVENT_ID EVENT_LOG") ==
        "Every query must contain a FROM clause. The FROM keyword was not found.");
  CHECK(parse_error("   ") == "Every query must contain a FROM clause. The FROM keyword was not found.");
  CHECK(parse_error("SELEC EVENT_ID FROM EVENT_LOG") ==
        "Every query must contain a SELECT clause. The SELECT keyword was not found.");
  CHECK(parse_error("SELECT EVENT_ID FROM EVENT_LOG ORDER EVENT_ID") ==
        "The BY keyword was not found following the ORDER keyword.");
  CHECK(parse_error("SELECT EVENT_TYPE FROM EVENT_LOG GROUP BY EVENT_TYPE") ==
        "Invalid keyword at location 34. Actual token was: GROUP");
  CHECK(parse_error("SELECT FROM EVENT_LOG") == "Table or column name expected at location 8. Actual token was: FROM");
  CHECK(parse_error("SELECT * FROM EVENT_LOG") == "Table or column name expected at location 8. Actual token was: *");
  CHECK(parse_error("SELECT EVENT_ID FROM WHERE SEVERITY = 1") ==
        "Table name expected at location 22. Actual token was: WHERE");
  CHECK(parse_error("SELECT E. FROM EVENT_LOG E") == "Column name expected at location 11. Actual token was: FROM");
  CHECK(parse_error("SELECT A FROM T 'x'") ==
        "Table alias, comma, or keyword expected at location 17. Actual token was: 'x'");
  CHECK(parse_error("SELECT A FROM T X Y") == "Comma or keyword expected at location 19. Actual token was: Y");
  CHECK(parse_error("SELECT A FROM T ORDER BY A ASC B") == "Comma expected at location 32. Actual token was: B");
  CHECK(parse_error("SELECT EVENT_ID FROM EVENT_LOG ORDER BY EVENT_ID UP") ==
        "Invalid token at location 50. Token was: UP");
  CHECK(parse_error("SELECT A FROM") == "More tokens were expected in query.");
  CHECK(parse_error("SELECT A FROM T ORDER BY") == "More tokens were expected in query.");
  CHECK(parse_error("SELECT A FROM T ORDER") == "The BY keyword was not found following the ORDER keyword.");
  std::string tables = "SELECT A FROM T0";
  for (int i = 1; i <= 10; ++i) tables += ", T" + std::to_string(i);
  CHECK(parse_error(tables) == "Number of tables in \"FROM\" clause exceeds allowed maximum of 10.");
  std::string select = "SELECT C0";
  for (int i = 1; i <= 50; ++i) select += ", C" + std::to_string(i);
  CHECK(parse_error(select + " FROM T") == "Number of SELECT columns exceeds allowed maximum of 50.");
  std::string order = "SELECT A FROM T ORDER BY C0";
  for (int i = 1; i <= 10; ++i) order += ", C" + std::to_string(i);
  CHECK(parse_error(order) == "Number of order-by columns exceeds allowed maximum of 10.");
}
