// The window algebra (core/windows/window_ops.hpp) on small windows whose answers follow from
// CSPICE's documentation of each WN* routine (touching intervals, singletons, empty windows), and
// its errors with CSPICE's short codes.
#include <doctest/doctest.h>

#include <cmath>
#include <initializer_list>
#include <vector>

#include "windows/window_ops.hpp"

namespace {

using sc::windows::Window;

Window win(std::initializer_list<double> ends) { return Window::from_endpoints(std::vector<double>(ends)).value(); }
std::vector<double> ends(const Window& w) { return {w.endpoints().begin(), w.endpoints().end()}; }
using V = std::vector<double>;

}  // namespace

TEST_CASE("windows: from_endpoints wants pairs") {
  CHECK(Window::from_endpoints(V{1, 2, 3}).error().short_code == "SPICE(INVALIDCARDINALITY)");
  CHECK(Window::from_endpoints(V{}).value().empty());
}

TEST_CASE("windows: wninsd merges overlapping and touching intervals, keeps singletons") {
  using sc::windows::wninsd;
  Window w;
  REQUIRE(wninsd(1, 3, w).ok());
  REQUIRE(wninsd(7, 11, w).ok());
  REQUIRE(wninsd(23, 27, w).ok());
  CHECK(ends(w) == V{1, 3, 7, 11, 23, 27});
  REQUIRE(wninsd(5, 5, w).ok());  // a singleton in a gap
  CHECK(ends(w) == V{1, 3, 5, 5, 7, 11, 23, 27});
  REQUIRE(wninsd(3, 5, w).ok());  // touches both neighbours
  CHECK(ends(w) == V{1, 5, 7, 11, 23, 27});
  REQUIRE(wninsd(0, 30, w).ok());
  CHECK(ends(w) == V{0, 30});
  REQUIRE(wninsd(30, 31, w).ok());  // touching the last interval merges
  CHECK(ends(w) == V{0, 31});
  REQUIRE(wninsd(-2, -1, w).ok());
  CHECK(ends(w) == V{-2, -1, 0, 31});
  auto bad = wninsd(2, 1, w);
  CHECK(bad.error().short_code == "SPICE(BADENDPOINTS)");
  CHECK(bad.error().long_msg == "Left endpoint was 2.0000000000000E+00. Right endpoint was 1.0000000000000E+00.");
  CHECK(ends(w) == V{-2, -1, 0, 31});
}

TEST_CASE("windows: union, intersection, difference (CSPICE's examples)") {
  using namespace sc::windows;
  const Window a = win({1, 3, 7, 11, 23, 27});
  const Window b = win({2, 6, 8, 10, 16, 18});
  CHECK(ends(wnunid(a, b)) == V{1, 6, 7, 11, 16, 18, 23, 27});
  CHECK(ends(wnintd(a, b)) == V{2, 3, 8, 10});
  CHECK(ends(wndifd(a, b)) == V{1, 2, 7, 8, 10, 11, 23, 27});
  CHECK(ends(wndifd(b, a)) == V{3, 6, 16, 18});
  // Touching intervals intersect in a point; a point of b removes nothing.
  CHECK(ends(wnintd(win({1, 3}), win({3, 5}))) == V{3, 3});
  CHECK(ends(wndifd(win({1, 5}), win({3, 3}))) == V{1, 5});
  CHECK(ends(wndifd(win({3, 3}), win({3, 3}))) == V{});
  CHECK(ends(wndifd(win({1, 5}), win({1, 2, 4, 5}))) == V{2, 4});
  CHECK(ends(wnunid(Window{}, b)) == ends(b));
  CHECK(ends(wnintd(Window{}, b)) == V{});
  CHECK(ends(wndifd(a, Window{})) == ends(a));
}

TEST_CASE("windows: complement in [left, right]") {
  using namespace sc::windows;
  const Window w = win({1, 3, 7, 11, 23, 27});
  CHECK(ends(wncomd(2, 20, w).value()) == V{3, 7, 11, 20});
  CHECK(ends(wncomd(0, 100, w).value()) == V{0, 1, 3, 7, 11, 23, 27, 100});
  CHECK(ends(wncomd(0, 1, w).value()) == V{0, 1});  // left of the window: the whole range
  // CSPICE's quirk: [left, right] inside a gap gives [left, start of the next interval].
  CHECK(ends(wncomd(4, 5, w).value()) == V{4, 7});
  CHECK(ends(wncomd(0, 5, Window{}).value()) == V{0, 5});
  CHECK(wncomd(5, 4, w).error().short_code == "SPICE(BADENDPOINTS)");
}

TEST_CASE("windows: expansion, contraction, filtering and filling") {
  using namespace sc::windows;
  Window w = win({1, 3, 7, 11, 23, 27, 29, 29});
  wnexpd(2, 1, w);
  CHECK(ends(w) == V{-1, 4, 5, 12, 21, 30});
  Window c = win({1, 3, 7, 11, 23, 27, 29, 29});
  wncond(2, 1, c);  // [3, 2] and [31, 28] vanish
  CHECK(ends(c) == V{9, 10, 25, 26});
  Window touch = win({0, 1, 2, 3});
  wnexpd(0.5, 0.5, touch);  // [-0.5, 1.5] and [1.5, 3.5] touch: merged
  CHECK(ends(touch) == V{-0.5, 3.5});
  Window z = win({1, 1, 2, 4});
  wncond(0, 0, z);
  CHECK(ends(z) == V{1, 1, 2, 4});
  Window f = win({1, 3, 7, 11, 23, 27, 29, 29});
  wnfltd(3, f);
  CHECK(ends(f) == V{7, 11, 23, 27});
  Window g = win({1, 3, 7, 11, 23, 27, 29, 29});
  wnfild(4, g);  // gaps 4, 12, 2: the first and last are filled
  CHECK(ends(g) == V{1, 11, 23, 29});
  Window e;
  wnfild(10, e);
  wnexpd(1, 1, e);
  wnfltd(1, e);
  CHECK(e.empty());
}

TEST_CASE("windows: summary, membership, relations, fetch, validation") {
  using namespace sc::windows;
  const Window w = win({1, 3, 7, 11, 23, 27, 29, 29});
  const auto s = wnsumd(w).value();
  CHECK(s.meas == 10);
  CHECK(s.avg == 2.5);
  CHECK(s.shortest == 6);
  CHECK(s.longest == 2);
  const auto empty = wnsumd(Window{}).value();
  CHECK(empty.shortest == -1);
  CHECK(empty.meas == 0);
  CHECK(wnelmd(29, w));
  CHECK(wnelmd(3, w));
  CHECK_FALSE(wnelmd(4, w));
  CHECK(wnincd(8, 10, w));
  CHECK_FALSE(wnincd(2, 8, w));
  const Window sub = win({1, 2, 29, 29});
  CHECK(wnreld(sub, "<", w).value());
  CHECK(wnreld(sub, "<=  ", w).value());
  CHECK(wnreld(w, ">", sub).value());
  CHECK_FALSE(wnreld(w, "<", w).value());
  CHECK(wnreld(w, "=", w).value());
  CHECK(wnreld(w, "<>", sub).value());
  CHECK(wnreld(w, " =", w).error().short_code == "SPICE(INVALIDOPERATION)");
  CHECK(wnreld(w, "", w).error().short_code == "SPICE(EMPTYSTRING)");
  CHECK(wncard(w) == 4);
  CHECK(wnfetd(w, 3).value().left == 29);
  CHECK(wnfetd(w, 4).error().short_code == "SPICE(NOINTERVAL)");
  CHECK(wnfetd(w, -1).error().short_code == "SPICE(NOINTERVAL)");
  const V raw{7, 11, 1, 3, 2, 5, 0, 0};
  CHECK(ends(wnvald(8, 8, raw).value()) == V{0, 0, 1, 5, 7, 11});
  CHECK(wnvald(8, 7, raw).error().short_code == "SPICE(UNMATCHENDPTS)");
  CHECK(wnvald(6, 8, raw).error().short_code == "SPICE(WINDOWTOOSMALL)");
  CHECK(wnvald(8, 8, V{1, 2, 5, 4, 0, 0, 0, 0}).error().short_code == "SPICE(BADENDPOINTS)");
}
