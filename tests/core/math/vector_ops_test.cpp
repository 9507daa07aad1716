// Vector primitives (core/math/vector_ops): VSEP keeps its precision near 0, pi/2 and pi.
#include <doctest/doctest.h>

#include <cmath>

#include "math/angles.hpp"
#include "math/vector_ops.hpp"
#include "spk_builders.hpp"

namespace {

using sc::math::kPi;

}  // namespace

TEST_CASE("VSEP: angles near 0, pi/2 and pi keep their precision") {
  CHECK(sc::math::vsep({1, 0, 0}, {1, 0, 0}) == 0.0);
  CHECK(sc::math::vsep({1, 0, 0}, {0, 5, 0}) == kPi / 2);
  CHECK(sc::math::vsep({0, 0, 0}, {0, 5, 0}) == 0.0);
  CHECK(std::fabs(sc::math::vsep({1, 0, 0}, {1, 1e-9, 0}) - 1e-9) < 1e-24);
  CHECK(std::fabs(sc::math::vsep({1, 0, 0}, {-1, 1e-9, 0}) - (kPi - 1e-9)) < 1e-15);
  CHECK(std::fabs(sc::math::vsep({2, 0, 0}, {1, 1, 0}) - kPi / 4) < 1e-15);
}
