// ZZEKNRML: the WHERE clause's normal form, its order and its messages
// (core/ek/query/dnf_normalisation). Messages not in ek.json were taken from CSPICE N0067
// (tspice 0.0.8's ekfind_c) on the same queries.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "ek/query/query_errors.hpp"
#include "ek/query/query_parser.hpp"
#include "ek/query/query_scanner.hpp"

namespace {

using sc::ek::Op;
using sc::ek::Value;
using sc::ek::query::ColumnName;
using sc::ek::query::Literal;
using sc::ek::query::ParsedConstraint;

sc::Result<sc::ek::query::ParsedQuery> parse(std::string_view q) {
  SC_TRY_ASSIGN(auto tokens, sc::ek::query::scan_query(q));
  return sc::ek::query::parse_query(q, tokens);
}

// The normal form written as text: conjunctions separated by " | ", constraints by " & ", each
// "<column> <op> <value or column>".
std::string shape(std::string_view where) {
  const std::string q = "SELECT A FROM T WHERE " + std::string(where);
  auto p = parse(q);
  REQUIRE_MESSAGE(p.ok(), q << ": " << p.error().long_msg);
  static const char* const ops[] = {"", "=", ">=", ">", "<=", "<", "<>", "LIKE", "UNLIKE", "ISNULL", "NOTNUL"};
  std::string out;
  for (const auto& conjunction : p->where) {
    if (!out.empty()) out += " | ";
    bool first = true;
    for (const ParsedConstraint& c : conjunction) {
      if (!first) out += " & ";
      first = false;
      if (c.lhs.qualifier) out += c.lhs.qualifier->text + ".";
      out += c.lhs.column.text + " " + ops[static_cast<int>(c.op)];
      if (const auto* name = std::get_if<ColumnName>(&c.rhs)) {
        out += " " + name->column.text;
      } else {
        const Value& v = std::get<Literal>(c.rhs).value;
        if (v.kind == Value::Kind::String) {
          out += " '";
          out += v.text;
          out += '\'';
        }
        if (v.kind == Value::Kind::Number) {
          out += ' ';
          out += std::to_string(static_cast<long long>(v.number));
        }
      }
    }
  }
  return out;
}

std::string where_error(std::string_view query) {
  auto p = parse(query);
  REQUIRE_MESSAGE(!p.ok(), query << " parsed");
  CHECK_MESSAGE(sc::ek::query::is_query_error(p.error()), p.error().short_code);
  return p.error().long_msg;
}

}  // namespace

TEST_CASE("ek WHERE: comparisons and NULL tests") {
  CHECK(shape("A = 1") == "A = 1");
  CHECK(shape("A EQ 1") == "A = 1");
  CHECK(shape("X.A != B") == "X.A <> B");
  CHECK(shape("A LIKE 'x*'") == "A LIKE 'x*'");
  CHECK(shape("A NOT LIKE 'x*'") == "A UNLIKE 'x*'");
  CHECK(shape("A IS NULL") == "A ISNULL");
  CHECK(shape("A = NULL") == "A ISNULL");
  CHECK(shape("A IS NOT NULL") == "A NOTNUL");
  CHECK(shape("A <> NULL") == "A NOTNUL");
  CHECK(shape("NOT A IS NULL") == "A NOTNUL");
  CHECK(shape("A IS 1") == "A = 1");
  CHECK(shape("A IS NOT 1") == "A <> 1");
  CHECK(shape("A > (1)") == "A > 1");
  CHECK(shape("A > ((1))") == "A > 1");
}

TEST_CASE("ek WHERE: BETWEEN keeps both orders of its bounds") {
  CHECK(shape("A BETWEEN 3000 AND 1000") == "A >= 3000 & A <= 1000 | A <= 3000 & A >= 1000");
  CHECK(shape("A NOT BETWEEN 1 AND 3") == "A < 1 & A < 3 | A > 1 & A > 3");
  CHECK(shape("A BETWEEN B AND C") == "A >= B & A <= C | A <= B & A >= C");
  // NOT ((A >= 1 AND A <= 3) OR (A <= 1 AND A >= 3)), distributed, then every operator negated.
  CHECK(shape("NOT A BETWEEN 1 AND 3") == "A < 1 & A > 1 | A < 1 & A < 3 | A > 3 & A > 1 | A > 3 & A < 3");
}

TEST_CASE("ek WHERE: precedence and the order of the normal form") {
  CHECK(shape("A = 1 OR B = 2 AND C = 3") == "A = 1 | B = 2 & C = 3");
  CHECK(shape("A = 1 AND B = 2 OR C = 3") == "A = 1 & B = 2 | C = 3");
  CHECK(shape("A = 1 OR B = 2 AND C = 3 AND D = 4") == "A = 1 | B = 2 & C = 3 & D = 4");
  CHECK(shape("(A = 1 OR B = 2) AND (C = 3 OR D = 4)") == "A = 1 & C = 3 | A = 1 & D = 4 | B = 2 & C = 3 | B = 2 & D = 4");
  CHECK(shape("NOT (A = 1 OR B = 2)") == "A <> 1 & B <> 2");
  CHECK(shape("NOT (A = 1 AND B = 2)") == "A <> 1 | B <> 2");
  CHECK(shape("NOT ((A = 1 AND B = 2) OR (C = 3 AND D = 4))") ==
        "A <> 1 & C <> 3 | A <> 1 & D <> 4 | B <> 2 & C <> 3 | B <> 2 & D <> 4");
  CHECK(shape("NOT NOT A = 1") == "A = 1");
  CHECK(shape("NOT A < 1 AND NOT B LIKE 'x'") == "A >= 1 & B UNLIKE 'x'");
  CHECK(shape("((A > 1) AND ((B > 2) OR (C LIKE 'M*')))") == "A > 1 & B > 2 | A > 1 & C LIKE 'M*'");
  // ek.json's "(SEVERITY >= 5 OR EVENT_TYPE = 'SLEW') AND NOT (DURATION < 1646)"
  CHECK(shape("(S >= 5 OR E = 'SLEW') AND NOT (D < 1646)") == "S >= 5 & D >= 1646 | E = 'SLEW' & D >= 1646");
}

TEST_CASE("ek WHERE: where the clause ends") {
  CHECK(where_error("SELECT EVENT_ID FROM EVENT_LOG WHERE") == "Empty WHERE clause.");
  // A clause keyword right after WHERE, or as the query's last token, is inside the clause.
  CHECK(where_error("SELECT EVENT_ID FROM EVENT_LOG WHERE ORDER BY EVENT_ID") ==
        "Unexpected keyword ORDER found at location 38.");
  CHECK(where_error("SELECT EVENT_ID FROM EVENT_LOG WHERE SEVERITY = 1 ORDER") ==
        "Unexpected keyword ORDER found at location 51.");
  auto p = parse("SELECT EVENT_ID FROM EVENT_LOG WHERE SEVERITY = 1 ORDER BY EVENT_ID");
  REQUIRE(p.ok());
  CHECK(p->where.size() == 1);
}

TEST_CASE("ek WHERE: messages") {
  const std::string q = "SELECT EVENT_ID FROM EVENT_LOG WHERE ";
  CHECK(where_error(q + "(SEVERITY > 1") == "More tokens expected.");
  CHECK(where_error(q + "SEVERITY > 1)") == "Unexpected right parenthesis found.");
  CHECK(where_error(q + "SEVERITY BETWEEN 1") == "Tokens were missing from comparison relation.");
  CHECK(where_error(q + "MESSAGE NOT NULL") == "Token must be followed by a comparison operator.");
  CHECK(where_error(q + "SEVERITY == 1") == "Token sequence must be followed by a value.");
  CHECK(where_error(q + "DURATION > 1.5.2") == "More tokens expected.");
  CHECK(where_error(q + "AND SEVERITY = 1") == "Unexpected token found.");
  CHECK(where_error(q + "(SEVERITY) > 1") == "Token must be followed by a comparison operator.");
  CHECK(where_error(q + "EVENT_TIME < NULL") ==
        "NULL values can only be used with the operators \"IS NULL\", \"NOT NULL\", or equivalents.");
  CHECK(where_error(q + "EVENT_TIME BETWEEN NULL AND 1") == "NULL values are not allowed in BETWEEN or NOT BETWEEN clauses.");
  CHECK(where_error(q + "SEVERITY IN 1") == "Token must be followed by a comparison operator.");
  CHECK(where_error(q + "SEVERITY = 1 AND") == "More tokens expected.");
  CHECK(where_error(q + "NOT") == "Too few tokens in WHERE clause.");
  CHECK(where_error(q + "NOT (") == "Too few tokens in WHERE clause.");
  CHECK(where_error(q + "SEVERITY = 1 B = 2") == "Unexpected token found following valid expression.");
  CHECK(where_error(q + "NOT , A") == "Unexpected token , found at location 42.");
  CHECK(where_error(q + "NOT = A") == "Token following NOT operator was invalid.");
  CHECK(where_error(q + "A BETWEEN = 1") == "Token following BETWEEN operator is invalid.");
  CHECK(where_error(q + "1 = A") == "Token sequence must be followed by a value.");
  CHECK(where_error(q + "1 OR 2") == "Token must be followed by the AND operator.");
  CHECK(where_error(q + "( ( A = 1") == "More tokens expected.");
  CHECK(where_error(q + "A = 1 AND (") == "WHERE clause ran out of tokens unexpectedly.  This may be due to an extra left parenthesis.");
  CHECK(where_error(q + "NOT NOT NOT") == "Tokens were missing from logical expression.");
}

TEST_CASE("ek WHERE: CSPICE's tables and encoded query are bounded") {
  std::string eight = "SELECT EVENT_ID FROM EVENT_LOG WHERE ";
  for (int i = 0; i < 8; ++i) {
    if (i > 0) eight += " AND ";
    eight += "(SEVERITY = " + std::to_string(i) + " OR DURATION = " + std::to_string(i) + ")";
  }
  // 256 conjunctions of 8 constraints fit CSPICE's tables but not its encoded query.
  auto p = parse(eight);
  REQUIRE_FALSE(p.ok());
  CHECK(p.error().short_code == "SPICE(CELLTOOSMALL)");
  CHECK(p.error().long_msg == "The cell cannot accommodate the addition of the element 0.");
  // With a ninth factor the conjunction table runs out first.
  CHECK(where_error(eight + " AND (SEVERITY = 8 OR DURATION = 8)") == "Conjunction table is full.");
}
