// math::all_finite (core/math/finite.hpp): scalars and nested arrays.
#include <doctest/doctest.h>

#include <array>
#include <limits>

#include "math/finite.hpp"

TEST_CASE("all_finite looks at every number of a value, at any depth") {
  constexpr double inf = std::numeric_limits<double>::infinity();
  constexpr double nan = std::numeric_limits<double>::quiet_NaN();
  CHECK(sc::math::all_finite(1e308));
  CHECK_FALSE(sc::math::all_finite(nan));
  CHECK(sc::math::all_finite(std::array<double, 3>{1, 2, 3}));
  CHECK_FALSE(sc::math::all_finite(std::array<double, 3>{1, -inf, 3}));
  std::array<std::array<double, 2>, 2> m{{{1, 2}, {3, 4}}};
  CHECK(sc::math::all_finite(m));
  m[1][1] = nan;
  CHECK_FALSE(sc::math::all_finite(m));
}
