// CSPICE's cells behind handles (core/windows/cells.hpp): capacity and its errors, sets, the
// window routines on a cell, and the registry's handles. tests/contract/windows.test.mjs compares
// the same calls with CSPICE (tspice).
#include <doctest/doctest.h>

#include <vector>

#include "windows/cells.hpp"

using namespace sc::windows;

TEST_CASE("cells: handles are the context's; freed ones are SPICE(NOSUCHHANDLE)") {
  CellRegistry cells;
  const int h = cells.create(CellType::double_precision, 4).value();
  CHECK(cells.find(h, "card").ok());
  REQUIRE(cells.free(h).ok());
  CHECK(cells.find(h, "card").error().short_code == "SPICE(NOSUCHHANDLE)");
  CHECK(cells.free(h).error().short_code == "SPICE(NOSUCHHANDLE)");
  CHECK(cells.create(CellType::integer, -1).error().short_code == "SPICE(INVALIDSIZE)");
  CHECK(cells.create(CellType::character, 2, 0).error().short_code == "SPICE(INVALIDSIZE)");
}

TEST_CASE("cells: a window of two intervals: WINDOWEXCESS, wnfetd, odd cardinality, wnvald in place") {
  CellRegistry cells;
  Cell& w = *cells.find(cells.create(CellType::double_precision, 4, 0, true).value(), "t").value();
  REQUIRE(wninsd(w, 5, 6).ok());
  REQUIRE(wninsd(w, 1, 2).ok());
  auto full = wninsd(w, 8, 9);
  CHECK(full.error().short_code == "SPICE(WINDOWEXCESS)");
  CHECK(full.error().long_msg == "An excess of 2 elements could not be accommodated in the output window.");
  REQUIRE(wninsd(w, 2, 5).ok());  // merging needs no room
  CHECK(wncard(w).value() == 1);
  CHECK(wnfetd(w, 0).value().right == 6);
  CHECK(wnfetd(w, 1).error().short_code == "SPICE(NOINTERVAL)");
  // The values past the cardinality are still there, as in CSPICE: scard shows them again.
  REQUIRE(scard(w, 3).ok());
  CHECK(wncard(w).error().short_code == "SPICE(INVALIDSIZE)");
  CHECK(scard(w, 5).error().short_code == "SPICE(INVALIDCARDINALITY)");
  REQUIRE(scard(w, 4).ok());
  CHECK(std::vector<double>(w.d.begin(), w.d.begin() + 4) == std::vector<double>{1, 6, 5, 6});
  REQUIRE(wnvald(w, 4, 4).ok());  // [1, 6] and [5, 6] merge
  CHECK(w.card == 2);
  CHECK(wnvald(w, 4, 3).error().short_code == "SPICE(UNMATCHENDPTS)");
  CHECK(wnvald(w, 2, 4).error().short_code == "SPICE(WINDOWTOOSMALL)");
}

TEST_CASE("cells: sets of doubles, integers and strings") {
  CellRegistry cells;
  Cell& d = *cells.find(cells.create(CellType::double_precision, 3).value(), "t").value();
  for (double x : {5.0, 1.0, 3.0, 1.0}) REQUIRE(insrtd(d, x).ok());
  CHECK(cell_getd(d, 0).value() == 1);
  CHECK(cell_getd(d, 2).value() == 5);
  CHECK(insrtd(d, 3.0).ok());  // already there: no room needed
  CHECK(insrtd(d, 4.0).error().short_code == "SPICE(SETEXCESS)");
  CHECK(cell_getd(d, 3).error().short_code == "SPICE(INDEXOUTOFRANGE)");
  CHECK(insrti(d, 1).error().short_code == "SPICE(TYPEMISMATCH)");
  Cell& c = *cells.find(cells.create(CellType::character, 4, 5).value(), "t").value();
  REQUIRE(insrtc(c, "hello world").ok());  // kept: 4 characters
  REQUIRE(insrtc(c, "ab").ok());
  CHECK(cell_getc(c, 0).value() == "ab");
  CHECK(cell_getc(c, 1).value() == "hell");
  Cell& i = *cells.find(cells.create(CellType::integer, 5).value(), "t").value();
  i.i = {4, 2, 4, 1, 9};
  REQUIRE(valid(i, 5, 4).ok());
  CHECK(i.card == 3);
  CHECK(cell_geti(i, 2).value() == 4);
  CHECK(valid(i, 2, 3).error().short_code == "SPICE(INVALIDSIZE)");
  CHECK(ssize(i, -1).error().short_code == "SPICE(INVALIDSIZE)");
}
