// SURFPV (core/math/surface_point_velocity): the cases of SURFPV's header example (an ellipsoid of
// radii 1, 2, 3), a ray that misses, and a vertex on the surface.
#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "math/surface_point_velocity.hpp"

using sc::math::State;
using sc_test::ok;

TEST_CASE("surfpv: the intercept's velocity with a moving vertex, then a turning direction too") {
  const State vertex{2.0, 0.0, 0.0, 0.0, 0.0, 3.0};
  State dir{-1.0, 0.0, 0.0, 0.0, 0.0, 0.0};
  auto hit = ok(sc::math::surfpv(vertex, dir, 1.0, 2.0, 3.0));
  REQUIRE(hit.has_value());
  CHECK(*hit == State{1.0, 0.0, 0.0, 0.0, 0.0, 3.0});

  dir[5] = 4.0;
  hit = ok(sc::math::surfpv(vertex, dir, 1.0, 2.0, 3.0));
  REQUIRE(hit.has_value());
  CHECK(*hit == State{1.0, 0.0, 0.0, 0.0, 0.0, 7.0});
}

TEST_CASE("surfpv: no intercept, and a vertex on the ellipsoid") {
  const State away{2.0, 0.0, 0.0, 1.0, 0.0, 0.0};
  CHECK_FALSE(ok(sc::math::surfpv(away, State{1.0, 0.0, 0.0, 0.0, 0.0, 0.0}, 1.0, 2.0, 3.0)).has_value());
  const State on{1.0, 0.0, 0.0, 0.0, 0.0, 1.0};
  CHECK(sc_test::error_code(sc::math::surfpv(on, State{-1.0, 0.0, 0.0, 0.0, 0.0, 0.0}, 1.0, 2.0, 3.0)) ==
        "SPICE(INVALIDVERTEX)");
  CHECK(sc_test::error_code(sc::math::surfpv(away, State{}, 1.0, 2.0, 3.0)) == "SPICE(ZEROVECTOR)");
}
