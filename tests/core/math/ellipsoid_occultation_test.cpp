// ZZOCCED (core/math/ellipsoid_occultation) on spheres, where the answer is plain geometry: a
// nearer sphere that looks larger occults a farther one totally, one that looks smaller transits
// it, offset spheres overlap partially or not at all; the sign says which body is in front.
#include <doctest/doctest.h>

#include "math/ellipsoid_occultation.hpp"

using namespace sc::math;

namespace {

Mat3 sphere(double r) { return Mat3{{{r, 0, 0}, {0, r, 0}, {0, 0, r}}}; }

int occ(const Vec3& c1, double r1, const Vec3& c2, double r2) {
  auto got = zzocced(Vec3{0, 0, 0}, c1, sphere(r1), c2, sphere(r2));
  REQUIRE(got.ok());
  return *got;
}

}  // namespace

TEST_CASE("zzocced classifies sphere pairs") {
  CHECK(occ({10, 0, 0}, 2, {20, 0, 0}, 1) == 3);     // the first, in front, hides the second
  CHECK(occ({20, 0, 0}, 1, {10, 0, 0}, 2) == -3);    // the same with the order swapped
  CHECK(occ({10, 0, 0}, 1, {20, 0, 0}, 3) == 2);     // the first transits the larger-looking second
  CHECK(occ({20, 0, 0}, 3, {10, 0, 0}, 1) == -2);
  CHECK(occ({10, 0, 0}, 1, {20, 2.5, 0}, 1) == 1);   // overlapping edges: partial
  CHECK(occ({10, 0, 0}, 1, {0, 10, 0}, 1) == 0);     // far apart on the sky
}

TEST_CASE("zzocced refuses intersecting bodies and a viewpoint inside one") {
  CHECK(zzocced(Vec3{0, 0, 0}, Vec3{10, 0, 0}, sphere(2), Vec3{11, 0, 0}, sphere(2)).error().short_code ==
        "SPICE(NOTDISJOINT)");
  CHECK(zzocced(Vec3{0, 0, 0}, Vec3{0.5, 0, 0}, sphere(1), Vec3{10, 0, 0}, sphere(1)).error().short_code ==
        "SPICE(NOTDISJOINT)");
}
