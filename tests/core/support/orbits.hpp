// Orbital reference helpers for the tests of the conic SPK types and their maths: Earth's GM, and
// two-body propagation that must succeed.
#pragma once

#include <doctest/doctest.h>

#include "math/two_body.hpp"
#include "math/vector_ops.hpp"

namespace sc_test {

constexpr double kGmEarth = 398600.4418;

inline sc::math::State propagate(double gm, const sc::math::State& s, double dt) {
  auto r = sc::math::propagate_two_body(gm, s, dt);
  REQUIRE_MESSAGE(r.ok(), (r.ok() ? "" : r.error().long_msg));
  return *r;
}

}  // namespace sc_test
