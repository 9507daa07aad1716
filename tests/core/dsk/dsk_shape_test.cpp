// The DSK shape API the geometry calls use (core/surface/dsk_shape): rays from outside meet the
// Apophis plate model on a plate whose normal faces them, the radius bounds enclose every
// vertex, and the normal at an intercept is the plate's (DSKN02).
#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "context.hpp"
#include "dsk/type2_segment.hpp"
#include "fixtures.hpp"
#include "surface/dsk_shape.hpp"

namespace {

using sc::math::Vec3;
using sc_test::error_code;
using sc_test::ok;

constexpr int kApophis = 2099942;
constexpr int kFrame = -2099942000;  // the segment's frame (APOPHIS_FIXED)

sc::Context apophis_context() {
  sc::Context ctx;
  sc_test::load(ctx.kernels(), "dsk/apophis_g_25000mm_rad_obj_0000n00000_v001.bds");
  sc_test::load(ctx.kernels(), "synthetic/apophis_synthetic.tf");
  return ctx;
}

}  // namespace

TEST_CASE("dsk_radius_bounds: the segment's radius bounds") {
  const auto ctx = apophis_context();
  const auto r = ok(sc::surface::dsk_radius_bounds(ctx, kApophis, {}));
  CHECK(r[0] == 0.12518614901939626);
  CHECK(r[1] == 0.22163988436651016);
  const std::vector<int> other{1};
  CHECK(error_code(sc::surface::dsk_radius_bounds(ctx, kApophis, other)) == "SPICE(DSKDATANOTFOUND)");
  CHECK(error_code(sc::surface::dsk_radius_bounds(ctx, 399, {})) == "SPICE(DSKDATANOTFOUND)");
}

TEST_CASE("dsk_ray_intercept and dsk_surface_normal on the Apophis model") {
  const auto ctx = apophis_context();
  const auto file = ctx.kernels().loaded().front().dla;
  REQUIRE(file);
  const auto seg = ok(sc::dsk::Type2Segment::open(file, file->segments.at(0)));
  int hits = 0;
  // Rays toward the center from 1 km away, over a grid of directions.
  for (int i = -3; i <= 3; ++i) {
    for (int j = 0; j < 8; ++j) {
      const double lat = i * 0.4 + 0.0123;  // off the model's vertex meridians and parallels
      const double lon = j * 0.785 + 0.0371;
      const Vec3 u{std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon), std::sin(lat)};
      const Vec3 vertex = sc::math::vscl(1.0, u);
      const auto hit = ok(sc::surface::dsk_ray_intercept(ctx, kApophis, {}, 0.0, kFrame, vertex, sc::math::vminus(u)));
      REQUIRE(hit.has_value());
      ++hits;
      const double r = sc::math::vnorm(hit->point);
      CHECK(r >= 0.12518614901939626 * (1 - 1e-9));
      CHECK(r <= 0.22163988436651016 * (1 + 1e-9));
      CHECK(hit->descriptor.surface() == 425000001);
      // The plate faces the ray, and the normal there is the plate's.
      const auto n = ok(seg.dskn02(hit->plate));
      CHECK(sc::math::vdot(n, u) > 0);
      const auto normal = ok(sc::surface::dsk_surface_normal(ctx, kApophis, {}, 0.0, kFrame, hit->point));
      CHECK(sc::math::vnorm(sc::math::vsub(normal, n)) < 1e-12);
    }
  }
  CHECK(hits == 56);
  // A ray that passes the body by misses it; one pointing away misses it too.
  CHECK(!ok(sc::surface::dsk_ray_intercept(ctx, kApophis, {}, 0.0, kFrame, Vec3{1, 1, 0}, Vec3{0, 0, 1})).has_value());
  CHECK(!ok(sc::surface::dsk_ray_intercept(ctx, kApophis, {}, 0.0, kFrame, Vec3{1, 0, 0}, Vec3{1, 0, 0})).has_value());
  CHECK(error_code(sc::surface::dsk_ray_intercept(ctx, kApophis, {}, 0.0, kFrame, Vec3{1, 0, 0}, Vec3{0, 0, 0})) ==
        "SPICE(ZEROVECTOR)");
  CHECK(error_code(sc::surface::dsk_ray_intercept(ctx, 399, {}, 0.0, kFrame, Vec3{1, 0, 0}, Vec3{-1, 0, 0})) ==
        "SPICE(DSKDATANOTFOUND)");
  CHECK(error_code(sc::surface::dsk_surface_normal(ctx, kApophis, {}, 0.0, kFrame, Vec3{1, 0, 0})) ==
        "SPICE(POINTNOTINSEGMENT)");
}
