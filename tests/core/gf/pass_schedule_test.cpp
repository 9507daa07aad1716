// PassSchedule (core/gf/pass_schedule): parts of a search report one fraction that grows from 0
// to 1, and every part sees the caller's cancellation.
#include <doctest/doctest.h>

#include <vector>

#include "gf/pass_schedule.hpp"

TEST_CASE("pass schedule: parts map onto their share of the whole") {
  std::vector<double> seen;
  sc::gf::SearchControl parent;
  parent.progress = [&](double f) { seen.push_back(f); };
  bool stop = false;
  parent.cancelled = [&] { return stop; };
  sc::gf::PassSchedule schedule(parent, 4);
  const sc::gf::SearchControl first = schedule.next(2);
  const sc::gf::SearchControl second = schedule.next(2);
  first.progress(0.5);
  first.progress(1.0);
  second.progress(0.0);  // the same fraction as the first part's end: not repeated
  second.progress(0.5);
  schedule.finish();
  CHECK(seen == std::vector<double>{0.25, 0.5, 0.75, 1.0});
  CHECK_FALSE(second.cancelled());
  stop = true;
  CHECK(second.cancelled());
}

TEST_CASE("pass schedule: an underestimated total never reports past 1") {
  std::vector<double> seen;
  sc::gf::SearchControl parent;
  parent.progress = [&](double f) { seen.push_back(f); };
  sc::gf::PassSchedule schedule(parent, 1);
  const sc::gf::SearchControl a = schedule.next(1);
  const sc::gf::SearchControl b = schedule.next(1);
  a.progress(1.0);
  b.progress(0.5);
  schedule.finish();
  CHECK(seen == std::vector<double>{1.0});
  CHECK_FALSE(static_cast<bool>(sc::gf::PassSchedule(sc::gf::SearchControl{}, 1).next(1).progress));
}
