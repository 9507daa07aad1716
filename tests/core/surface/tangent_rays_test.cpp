// ZZTANGNT's sweep (core/surface/tangent_rays) on a sphere, where limb and terminator points are
// known in closed form: the tangent points it brackets must lie where the common tangents touch.
#include <doctest/doctest.h>

#include <cmath>

#include "context.hpp"
#include "surface/tangent_rays.hpp"

using sc::math::Vec3;
using sc::surface::TangentCurve;
using sc::surface::TargetSurface;

namespace {

TargetSurface unit_sphere() {
  TargetSurface s;
  s.radii = {1.0, 1.0, 1.0};
  s.minrad = 1.0;
  s.maxrad = 1.0;
  return s;
}

// The point of the unit sphere at angle acos(nz) from +z, in the x > 0 half-plane.
Vec3 expected(double nz) { return {std::sqrt(1.0 - nz * nz), 0.0, nz}; }

void check_near(const Vec3& got, const Vec3& want) {
  // The search stops within 1e-10 rad of the tangent ray; a ray that close cuts the sphere within
  // ~sqrt(2 d 1e-10) of the tangent point.
  for (int i = 0; i < 3; ++i) CHECK(std::fabs(got[i] - want[i]) < 1e-3);
}

}  // namespace

TEST_CASE("limb of a sphere seen from 10 radii: one point where cos = R/d") {
  sc::Context ctx;
  auto pts = sc::surface::tangent_points(ctx, unit_sphere(), TangentCurve::Limb, 0.0, 0.0, {1, 0, 0}, {0, 0, 10},
                                         1e-3, 1e-10);
  REQUIRE(pts.ok());
  REQUIRE(pts->size() == 1);
  check_near((*pts)[0], expected(0.1));
}

TEST_CASE("umbral and penumbral terminators of a sphere lit by a larger sphere") {
  sc::Context ctx;
  const Vec3 axis{0, 0, 100};  // source of radius 2 at 100 radii
  auto umbral = sc::surface::tangent_points(ctx, unit_sphere(), TangentCurve::Umbral, 2.0, 0.0, {1, 0, 0}, axis,
                                            1e-3, 1e-10);
  REQUIRE(umbral.ok());
  REQUIRE(umbral->size() == 1);
  check_near((*umbral)[0], expected((1.0 - 2.0) / 100.0));  // external common tangent
  auto penumbral = sc::surface::tangent_points(ctx, unit_sphere(), TangentCurve::Penumbral, 2.0, 0.0, {1, 0, 0},
                                               axis, 1e-3, 1e-10);
  REQUIRE(penumbral.ok());
  REQUIRE(penumbral->size() == 1);
  check_near((*penumbral)[0], expected((1.0 + 2.0) / 100.0));  // internal common tangent
}

TEST_CASE("CSPICE's errors: zero vectors, parallel half-plane, bodies too close, bad tolerance") {
  sc::Context ctx;
  auto code = [&](TangentCurve c, double src, Vec3 pln, Vec3 axis, double tol) {
    auto r = sc::surface::tangent_points(ctx, unit_sphere(), c, src, 0.0, pln, axis, 1e-3, tol);
    return r.ok() ? std::string("ok") : r.error().short_code;
  };
  CHECK(code(TangentCurve::Limb, 0, {1, 0, 0}, {0, 0, 0}, 1e-10) == "SPICE(ZEROVECTOR)");
  CHECK(code(TangentCurve::Limb, 0, {0, 0, 0}, {0, 0, 10}, 1e-10) == "SPICE(ZEROVECTOR)");
  CHECK(code(TangentCurve::Limb, 0, {0, 0, 3}, {0, 0, 10}, 1e-10) == "SPICE(DEGENERATECASE)");
  CHECK(code(TangentCurve::Umbral, 0, {1, 0, 0}, {0, 0, 10}, 1e-10) == "SPICE(BADSOURCERADIUS)");
  CHECK(code(TangentCurve::Umbral, 9.5, {1, 0, 0}, {0, 0, 10}, 1e-10) == "SPICE(OBJECTSTOOCLOSE)");
  CHECK(code(TangentCurve::Limb, 0, {1, 0, 0}, {0, 0, 10}, 0.0) == "SPICE(INVALIDTOLERANCE)");
  CHECK(code(TangentCurve::Limb, 0, {1, 0, 0}, {0, 0, 10}, 1e-20) == "SPICE(INVALIDTOLERANCE)");
}
