// KXTRCT (core/kernels/kxtrct): CSPICE's header examples and the edges pool-extras.json checks.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kernels/kxtrct.hpp"

namespace {

struct Got {
  bool found = false;
  std::string wordsq, substr;
};

Got run(std::string_view keywd, std::vector<std::string> terms, std::string_view words) {
  auto r = sc::kernels::kxtrct(keywd, terms, words);
  REQUIRE(r.ok());
  if (!r->has_value()) return {};
  return {true, (*r)->wordsq, (*r)->substr};
}

}  // namespace

TEST_CASE("kxtrct takes the words between the keyword and the first terminator") {
  const std::vector<std::string> terms{"FROM", "TO", "BEGINNING", "ENDING"};
  auto g = run("TO", terms, "FROM 1 October 1984 12:00:00 TO 1 January 1987");
  CHECK(g.found);
  CHECK(g.wordsq == "FROM 1 October 1984 12:00:00");
  CHECK(g.substr == "1 January 1987");
  g = run("FROM", terms, "FROM 1 October 1984 12:00:00 TO 1 January 1987");
  CHECK(g.wordsq == " TO 1 January 1987");
  CHECK(g.substr == "1 October 1984 12:00:00");
  CHECK_FALSE(run("BEGINNING", terms, "FROM 1 TO 2").found);
}

TEST_CASE("kxtrct's words: blanks only separate them, the keyword must be a whole word, case matters") {
  CHECK_FALSE(run("FROM", {"TO"}, "FROM\t1\tTO\t2").found);
  CHECK_FALSE(run("from", {"TO"}, "FROM 1 TO 2").found);
  auto g = run("FROM", {"TO"}, "FROMAGE 1 TO 2 FROM 3 TO 4");
  CHECK(g.wordsq == "FROMAGE 1 TO 2  TO 4");
  CHECK(g.substr == "3");
  g = run("FROM", {"TO"}, "   FROM    a   b    c   TO   d   ");
  CHECK(g.wordsq == "      TO   d");
  CHECK(g.substr == "a   b    c");
  g = run("A", {"B"}, "C A D E A F B");  // a later keyword is just a word
  CHECK(g.wordsq == "C  B");
  CHECK(g.substr == "D E A F");
}

TEST_CASE("kxtrct with nothing after the keyword, or a terminator right after it") {
  auto g = run("FROM", {"TO"}, "FROM");
  CHECK(g.found);
  CHECK(g.wordsq.empty());
  CHECK(g.substr.empty());
  g = run("A", {"B", "C"}, "A B C");
  CHECK(g.wordsq == " B C");
  CHECK(g.substr.empty());
  CHECK_FALSE(run("FROM", {"TO"}, "").found);
  g = run(" FROM ", {"TO "}, "FROM x TO y");  // blanks around the keyword, trailing ones on terms
  CHECK(g.substr == "x");
  CHECK(sc::kernels::kxtrct("", {}, "FROM").error().short_code == "SPICE(EMPTYSTRING)");
}
