// The GF relation layer (ZZGFRELX) on q(t) = sin(t), decreasing where cos(t) < 0: every relation
// against the closed-form answers.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <span>
#include <string>
#include <vector>

#include "gf/relation.hpp"
#include "math/trig.hpp"

using sc::gf::FlatWindow;
using sc::gf::RelationSearch;
using sc::gf::ScalarQuantity;

namespace {

constexpr double kPi = 3.141592653589793;

ScalarQuantity sine() {
  ScalarQuantity q;
  q.value = [](double t) -> sc::Result<double> { return sc::math::sin(t); };
  q.decreasing = [](double t) -> sc::Result<bool> { return sc::math::cos(t) < 0.0; };
  return q;
}

FlatWindow run(std::string_view relate, double refval, double adjust = 0) {
  RelationSearch s;
  s.relate = relate;
  s.refval = refval;
  s.adjust = adjust;
  s.step = 0.5;
  s.tol = 1e-7;
  s.capacity = 100;
  auto r = sc::gf::solve_relation(sine(), s, FlatWindow{0.0, 10.0}, {});
  REQUIRE(r.ok());
  return *r;
}

void check_window(const FlatWindow& got, std::initializer_list<double> want) {
  REQUIRE(got.size() == want.size());
  std::size_t i = 0;
  for (double w : want) CHECK(std::fabs(got[i++] - w) <= 1e-6);
}

}  // namespace

TEST_CASE("relations on sin(t) over [0, 10]") {
  check_window(run("LOCMAX", 0), {kPi / 2, kPi / 2, 5 * kPi / 2, 5 * kPi / 2});
  check_window(run("locmin", 0), {3 * kPi / 2, 3 * kPi / 2});
  check_window(run("ABSMAX", 0), {5 * kPi / 2, 5 * kPi / 2});  // a later tie wins, as in CSPICE
  check_window(run("ABSMIN", 0), {3 * kPi / 2, 3 * kPi / 2});
  check_window(run(">", 0.5), {kPi / 6, 5 * kPi / 6, 13 * kPi / 6, 17 * kPi / 6});
  check_window(run("<", 0.5), {0, kPi / 6, 5 * kPi / 6, 13 * kPi / 6, 17 * kPi / 6, 10});
  check_window(run("=", 0.5), {kPi / 6, kPi / 6, 5 * kPi / 6, 5 * kPi / 6, 13 * kPi / 6, 13 * kPi / 6, 17 * kPi / 6,
                               17 * kPi / 6});
  // Within 0.5 of the maximum 1: sin(t) > 1/2.
  check_window(run("ABSMAX", 0, 0.5), {kPi / 6, 5 * kPi / 6, 13 * kPi / 6, 17 * kPi / 6});
}

TEST_CASE("relation checks in ZZGFRELX's order") {
  RelationSearch s;
  s.step = 1;
  s.capacity = 10;
  s.relate = "BOGUS";
  CHECK(sc::gf::solve_relation(sine(), s, FlatWindow{0, 1}, {}).error().short_code == "SPICE(NOTRECOGNIZED)");
  s.relate = "ABSMAX";
  s.adjust = -1;
  CHECK(sc::gf::solve_relation(sine(), s, FlatWindow{0, 1}, {}).error().short_code == "SPICE(VALUEOUTOFRANGE)");
  s.relate = "<";
  s.adjust = 1;
  CHECK(sc::gf::solve_relation(sine(), s, FlatWindow{0, 1}, {}).error().short_code == "SPICE(INVALIDVALUE)");
  CHECK(sc::gf::check_relation("  locmin").ok());
  CHECK(sc::gf::relation_passes("ABSMIN", 0) == 1);
  CHECK(sc::gf::relation_passes("ABSMIN", 1) == 2);
  CHECK(sc::gf::relation_passes("=", 0) == 2);
}

// gfevnt (issue 14): a mid-level caller's functions, called where ZZGFRELX calls them.
TEST_CASE("the caller's functions: UDSTEP in pass 1 only, the report per pass, UDBAIL per interval") {
  std::vector<std::string> calls;
  sc::gf::SearchHooks hooks;
  int pass = 0;
  hooks.step = [&](double) -> sc::Result<double> {
    calls.push_back("step" + std::to_string(pass));
    return 0.5;
  };
  hooks.report_begin = [&](std::span<const double> w, std::string_view prefix, std::string_view suffix) -> sc::Status {
    ++pass;
    CHECK(w.size() == 2);
    CHECK(suffix == "done.");
    calls.push_back("begin " + std::string(prefix));
    return {};
  };
  hooks.report_final = [&]() -> sc::Status {
    calls.push_back("final");
    return {};
  };
  sc::gf::SearchControl control;
  control.hooks = &hooks;
  RelationSearch s;
  s.relate = "<";
  s.refval = 0.5;
  s.step = 99;  // not used: UDSTEP gives the steps
  s.tol = 1e-7;
  s.capacity = 100;
  s.report_prefix = {"P1", "P2"};
  auto r = sc::gf::solve_relation(sine(), s, FlatWindow{0.0, 10.0}, control);
  REQUIRE(r.ok());
  check_window(*r, {0, kPi / 6, 5 * kPi / 6, 13 * kPi / 6, 17 * kPi / 6, 10});
  CHECK(calls.front() == "begin P1");
  CHECK(calls.back() == "final");
  const auto second = std::find(calls.begin(), calls.end(), "begin P2");
  REQUIRE(second != calls.end());
  CHECK(std::count(calls.begin(), second, "step1") > 5);
  CHECK(std::count(second, calls.end(), "step2") == 0);
  CHECK(std::count(calls.begin(), calls.end(), "final") == 2);

  // An interrupt in pass 1: UDREPF, then an empty window.
  calls.clear();
  pass = 0;
  hooks.interrupted = []() -> sc::Result<bool> { return true; };
  auto bailed = sc::gf::solve_relation(sine(), s, FlatWindow{0.0, 10.0}, control);
  REQUIRE(bailed.ok());
  CHECK(bailed->empty());
  CHECK(calls == std::vector<std::string>{"begin P1", "step1", "final"});  // one step, then the check
}
