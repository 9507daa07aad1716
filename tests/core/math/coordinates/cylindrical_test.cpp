// Cylindrical coordinates (core/math/coordinates/cylindrical): RECCYL/CYLREC round trips, the
// longitude range, the z-axis, and the Jacobians against CSPICE's answers (coords2.json) bit for bit.
#include <doctest/doctest.h>

#include "math/angles.hpp"
#include "math/coordinates/cylindrical.hpp"

using namespace sc::math;

namespace {

Mat3 rows(const double (&v)[9]) {
  return {{{v[0], v[1], v[2]}, {v[3], v[4], v[5]}, {v[6], v[7], v[8]}}};
}

}  // namespace

TEST_CASE("reccyl and cylrec invert each other; longitude in [0, 2 pi); the z-axis has r = clon = 0") {
  for (const Vec3 v : {Vec3{1.0, 2.0, 3.0}, Vec3{-4000.5, -0.25, -7.0}, Vec3{1e-300, -1e-300, 0.0}, Vec3{0.0, -5.0, 1.0}}) {
    const Cylindrical c = reccyl(v);
    CHECK(c.clon >= 0.0);
    CHECK(c.clon < 2.0 * kPi);
    CHECK(c.z == v[2]);
    const Vec3 back = cylrec(c.r, c.clon, c.z);
    for (std::size_t i = 0; i < 3; ++i) CHECK(back[i] == doctest::Approx(v[i]).scale(vnorm(v)).epsilon(1e-15));
  }
  const Cylindrical axis = reccyl({0.0, 0.0, -2.0});
  CHECK(axis.r == 0.0);
  CHECK(axis.clon == 0.0);
  CHECK(axis.z == -2.0);
}

TEST_CASE("drdcyl and dcyldr give CSPICE's matrices; dcyldr is undefined on the z-axis") {
  CHECK(drdcyl(345.575709361583, 2.8120378399547175, -3872.5802628323436) ==
        rows({-0.946186509313022, -111.83584386303905, 0.0, 0.32362183114561127, -326.97907414420763, 0.0, 0.0, 0.0, 1.0}));
  auto j = dcyldr(1193.1161122194196, -28.44954222118284, -18857.414191719472);
  REQUIRE(j.ok());
  CHECK(*j == rows({0.9997158353826404, -0.02383796310905376, 0.0, 1.997390610965581e-05, 0.0008376651201664528, 0.0,
                    0.0, 0.0, 1.0}));
  CHECK(dcyldr(0.0, 0.0, 5.0).error().short_code == "SPICE(POINTONZAXIS)");
}
