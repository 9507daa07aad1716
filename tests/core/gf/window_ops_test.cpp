// The GF's window steps (core/gf/window_ops): the workspace bound (SPICE(WINDOWEXCESS), as CSPICE's
// nintvls-sized workspace windows), WNEXTD and ZZGFWSTS's '()' sift.
#include <doctest/doctest.h>

#include "gf/window_ops.hpp"

using sc::gf::FlatWindow;

TEST_CASE("wninsd merges touching intervals and refuses more intervals than the workspace holds") {
  FlatWindow w;
  REQUIRE(sc::gf::wninsd(1, 2, w, 2).ok());
  REQUIRE(sc::gf::wninsd(2, 3, w, 2).ok());
  CHECK(w == FlatWindow{1, 3});
  REQUIRE(sc::gf::wninsd(5, 6, w, 2).ok());
  CHECK(sc::gf::wninsd(8, 9, w, 2).error().short_code == "SPICE(WINDOWEXCESS)");
  CHECK(sc::gf::wninsd(9, 8, w, 2).error().short_code == "SPICE(BADENDPOINTS)");
}

TEST_CASE("wnextd and the open sift keep interior endpoints only") {
  const FlatWindow decreasing{0, 2, 4, 6, 8, 10};
  CHECK(sc::gf::wnextd('L', decreasing) == FlatWindow{0, 0, 4, 4, 8, 8});
  CHECK(sc::gf::wnextd('R', decreasing) == FlatWindow{2, 2, 6, 6, 10, 10});
  // Ends of the confinement window are not interior extrema.
  CHECK(sc::gf::sift_open(sc::gf::wnextd('L', decreasing), FlatWindow{0, 10}) == FlatWindow{4, 4, 8, 8});
  CHECK(sc::gf::measure(decreasing) == 6.0);
}

TEST_CASE("the set operations keep CSPICE's singletons and honour the bound") {
  auto both = sc::gf::wnintd(FlatWindow{0, 5}, FlatWindow{5, 7}, 4);
  REQUIRE(both.ok());
  CHECK(*both == FlatWindow{5, 5});
  auto rest = sc::gf::wndifd(FlatWindow{0, 10}, FlatWindow{2, 3, 5, 6}, 4);
  REQUIRE(rest.ok());
  CHECK(*rest == FlatWindow{0, 2, 3, 5, 6, 10});
  CHECK(sc::gf::wndifd(FlatWindow{0, 10}, FlatWindow{2, 3, 5, 6}, 2).error().short_code == "SPICE(WINDOWEXCESS)");
}
