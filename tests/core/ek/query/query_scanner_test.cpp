// ZZEKSCAN's tokens and messages (core/ek/query/query_scanner). Messages not in ek.json were
// taken from CSPICE N0067 (tspice 0.0.8's ekfind_c) on the same queries.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "ek/query/query_errors.hpp"
#include "ek/query/query_scanner.hpp"

namespace {

using sc::ek::query::Keyword;
using sc::ek::query::scan_query;
using sc::ek::query::Token;
using sc::ek::query::TokenKind;

std::vector<Token> tokens_of(std::string_view q) {
  auto r = scan_query(q);
  REQUIRE_MESSAGE(r.ok(), q << ": " << r.error().long_msg);
  return *r;
}

std::string scan_error(std::string_view q) {
  auto r = scan_query(q);
  REQUIRE_MESSAGE(!r.ok(), q << " scanned");
  CHECK(sc::ek::query::is_query_error(r.error()));
  return r.error().long_msg;
}

}  // namespace

TEST_CASE("ek scanner: kinds, keywords, lexemes and values") {
  const auto t = tokens_of("select E.Event_Id, x$_1 FROM T WHERE A >= -1.5E2 AND B <> 'it''s' OR C != \"q\"\"x\" AND D=7");
  REQUIRE(t.size() == 24);
  CHECK(t[0].kind == TokenKind::Keyword);
  CHECK(t[0].keyword == Keyword::Select);
  CHECK(t[1].kind == TokenKind::Name);
  CHECK(t[1].text == "E");
  CHECK(t[2].kind == TokenKind::Dot);
  CHECK(t[3].text == "EVENT_ID");  // upper-cased
  CHECK(t[3].lexeme.begin == 10);
  CHECK(t[3].lexeme.end == 17);
  CHECK(t[4].kind == TokenKind::Comma);
  CHECK(t[5].text == "X$_1");
  CHECK(t[10].keyword == Keyword::Ge);
  CHECK(t[11].kind == TokenKind::Double);
  CHECK(t[11].number == -150.0);
  CHECK(t[14].keyword == Keyword::Ne);
  CHECK(t[15].kind == TokenKind::String);
  CHECK(t[15].text == "it's");
  CHECK(t[15].lexeme.begin == 59);
  CHECK(t[15].lexeme.end == 65);
  CHECK(t[18].keyword == Keyword::Ne);
  CHECK(t[19].text == "q\"x");
  CHECK(t[21].text == "D");
  CHECK(t[22].keyword == Keyword::Eq);
  CHECK(t[23].kind == TokenKind::Integer);
  CHECK(t[23].number == 7.0);
}

TEST_CASE("ek scanner: numbers are integers only as a signed run of digits") {
  auto t = tokens_of("+1 4.0 .5E4 1. 7.1D3 -3141");
  REQUIRE(t.size() == 6);
  CHECK(t[0].kind == TokenKind::Integer);
  CHECK(t[0].number == 1.0);
  CHECK(t[1].kind == TokenKind::Double);
  CHECK(t[2].number == 5000.0);
  CHECK(t[3].kind == TokenKind::Double);
  CHECK(t[4].number == 7100.0);
  CHECK(t[5].kind == TokenKind::Integer);
  CHECK(t[5].number == -3141.0);
  // An exponent letter without digits is not part of the number; a second point starts a number.
  t = tokens_of("1e 1.5.2");
  REQUIRE(t.size() == 4);
  CHECK(t[0].kind == TokenKind::Integer);
  CHECK(t[1].kind == TokenKind::Name);
  CHECK(t[1].text == "E");
  CHECK(t[2].number == 1.5);
  CHECK(t[3].number == 0.2);
}

TEST_CASE("ek scanner: special tokens match the longest symbol") {
  const auto t = tokens_of("<= < = ^= >=> * ( ) .");
  REQUIRE(t.size() == 10);
  CHECK(t[0].keyword == Keyword::Le);
  CHECK(t[1].keyword == Keyword::Lt);
  CHECK(t[2].keyword == Keyword::Eq);
  CHECK(t[3].keyword == Keyword::Ne);
  CHECK(t[4].keyword == Keyword::Ge);
  CHECK(t[5].keyword == Keyword::Gt);
  CHECK(t[6].kind == TokenKind::Star);
  CHECK(t[7].kind == TokenKind::LeftParen);
  CHECK(t[8].kind == TokenKind::RightParen);
  CHECK(t[9].kind == TokenKind::Dot);
}

TEST_CASE("ek scanner: a blank query has no tokens") {
  CHECK(tokens_of("").empty());
  CHECK(tokens_of("    ").empty());
}

TEST_CASE("ek scanner: messages") {
  CHECK(scan_error("SELECT EVENT_ID FROM EVENT_LOG WHERE EVENT_TYPE = 'SLEW") == "Invalid quoted string at location 51.");
  CHECK(scan_error("SELECT EVENT_ID, MESSAGE FROM EVENT_LOG WHERE MESSAGE = '' ORDER BY EVENT_ID") ==
        "Error occurred while parsing quoted string token at location 57:  Null (zero length) string token");
  CHECK(scan_error("SELECT EVENT_ID FROM EVENT_LOG;") == "Invalid character found at location 31.  <character> = ';'");
  CHECK(scan_error("SELECT EVENT_ID FROM EVENT_LOG WHERE SEVERITY \t= 1") ==
        "Invalid character found at location 47.  ICHAR(<character>) = 9");
  CHECK(scan_error("SELECT EVENT_ID FROM EVENT_LOG WHERE SEVERITY # 1") ==
        "Invalid character found at location 47.  <character> = '#'");
  CHECK(scan_error("SELECT EVENT_ID FROM EVENT_LOG WHERE \xc3\xa9 = 1") ==
        "Invalid character found at location 38.  ICHAR(<character>) = 195");
  CHECK(scan_error("SELECT EVENT_ID FROM EVENT_LOG WHERE SEVERITY = 1 -") == "Invalid numeric token at location 51.");
  // The quoted string ends at the last quote of the first even run; the stray quote after it opens
  // a string that never ends.
  CHECK(scan_error("SELECT EVENT_ID FROM EVENT_LOG WHERE SEVERITY = 'abc''") == "Invalid quoted string at location 54.");
}

TEST_CASE("ek scanner: at most 500 tokens and 100 numbers") {
  std::string q = "SELECT A FROM T WHERE";
  for (int i = 0; i < 123; ++i) q += " A = B OR";
  CHECK(tokens_of(q + " A = B").size() == 500);
  CHECK(scan_error(q + " A = B C") ==
        "Maximum allowed number of tokens is 500; at least 501 tokens are present in QUERY.");
  std::string n = "SELECT A FROM T WHERE A IN";
  for (int i = 0; i < 100; ++i) n += " 1";
  CHECK(tokens_of(n).size() == 107);
  CHECK(scan_error(n + " 2") ==
        "Insufficient space to store value of number at location " + std::to_string(n.size() + 2) +
            "; 100 elements are available in the NUMVLS array; 101 are required.");
}

TEST_CASE("ek scanner: only the first 2000 characters are looked at") {
  const std::string q = "SELECT EVENT_ID FROM EVENT_LOG" + std::string(1966, ' ') + "WHERE";
  CHECK(sc::ek::query::scanned_part(q).size() == 2000);
  const auto t = tokens_of(sc::ek::query::scanned_part(q));
  REQUIRE(t.size() == 5);
  CHECK(t[4].text == "WHER");
  CHECK(t[4].lexeme.end == 2000);
}
