// DNEARP (core/frames/dynamic/near_point_state): the near point's velocity against a centred
// difference of NEARPT along the point's path, the altitude rate against the normal component of
// the velocity, and NEARPT's own answer for the position.
#include <doctest/doctest.h>

#include <cmath>

#include "frames/dynamic/near_point_state.hpp"
#include "math/ellipsoid.hpp"

namespace {

using sc::math::State;
using sc::math::Vec3;

Vec3 moved(const State& s, double dt) { return {s[0] + dt * s[3], s[1] + dt * s[4], s[2] + dt * s[5]}; }

}  // namespace

TEST_CASE("DNEARP: NEARPT's point, and a velocity that matches NEARPT along the path") {
  const double a = 6378.14, b = 6378.14, c = 6356.75;
  const State states[] = {
      {-383000.0, 12000.0, 35000.0, 0.03, -0.9, 0.1},
      {7000.0, -200.0, 900.0, 1.2, 7.3, -0.4},
      {100.0, 6000.0, -3000.0, -2.0, 0.5, 3.0},  // inside the ellipsoid
  };
  for (const State& s : states) {
    auto r = sc::frames::dynamic::dnearp(s, a, b, c);
    REQUIRE(r.ok());
    REQUIRE(r->has_value());
    const auto& np = **r;
    auto p0 = sc::math::nearpt({s[0], s[1], s[2]}, a, b, c);
    REQUIRE(p0.ok());
    for (int i = 0; i < 3; ++i) CHECK(np.near[i] == p0->npoint[i]);
    CHECK(np.alt == p0->alt);
    const double h = 1e-3;
    auto before = sc::math::nearpt(moved(s, -h), a, b, c);
    auto after = sc::math::nearpt(moved(s, h), a, b, c);
    REQUIRE(before.ok());
    REQUIRE(after.ok());
    for (int i = 0; i < 3; ++i) {
      const double fd = (after->npoint[i] - before->npoint[i]) / (2 * h);
      CHECK(np.near[i + 3] == doctest::Approx(fd).epsilon(1e-6).scale(1e-6));
    }
    CHECK(np.dalt == doctest::Approx((after->alt - before->alt) / (2 * h)).epsilon(1e-6));
  }
}
