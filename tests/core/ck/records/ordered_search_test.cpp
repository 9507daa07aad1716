// The ordered searches the CK readers share (core/ck/records/ordered_search): LSTLTD, LSTLED and
// LSTCLD on lists with repeats, ties and out-of-range keys.
#include <doctest/doctest.h>

#include <vector>

#include "ck/records/ordered_search.hpp"

TEST_CASE("LSTLTD / LSTLED count the elements below (or at most) x") {
  const std::vector<double> a{1, 2, 2, 4};
  CHECK(sc::ck::lstltd(0.5, a) == 0);
  CHECK(sc::ck::lstltd(2, a) == 1);
  CHECK(sc::ck::lstled(2, a) == 3);
  CHECK(sc::ck::lstled(5, a) == 4);
  CHECK(sc::ck::lstltd(5, a) == 4);
}

TEST_CASE("LSTCLD: the closest element, the later at a midpoint, the last of equal ones") {
  const std::vector<double> a{1, 3, 3, 7};
  CHECK(sc::ck::lstcld(0, a) == 1);
  CHECK(sc::ck::lstcld(1.9, a) == 1);
  CHECK(sc::ck::lstcld(2, a) == 3);  // midpoint of 1 and 3: the later, then the last 3
  CHECK(sc::ck::lstcld(4.9, a) == 3);
  CHECK(sc::ck::lstcld(5, a) == 4);
  CHECK(sc::ck::lstcld(9, a) == 4);
  CHECK(sc::ck::lstcld(1, std::vector<double>{}) == 0);
}
