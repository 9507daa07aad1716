// Spherical coordinates (core/math/coordinates/spherical): RECSPH/SPHREC round trips, the origin
// and the poles, and the Jacobians against CSPICE's answers (coords2.json) bit for bit.
#include <doctest/doctest.h>

#include "math/angles.hpp"
#include "math/coordinates/spherical.hpp"

using namespace sc::math;

namespace {

Mat3 rows(const double (&v)[9]) {
  return {{{v[0], v[1], v[2]}, {v[3], v[4], v[5]}, {v[6], v[7], v[8]}}};
}

}  // namespace

TEST_CASE("recsph and sphrec invert each other; the origin is all zeros, the poles have colatitude 0 and pi") {
  for (const Vec3 v : {Vec3{1.0, 2.0, 3.0}, Vec3{-4000.5, 0.25, -7.0}, Vec3{1e-300, -1e-300, 0.0}}) {
    const Spherical s = recsph(v);
    const Vec3 back = sphrec(s.radius, s.colat, s.lon);
    for (std::size_t i = 0; i < 3; ++i) CHECK(back[i] == doctest::Approx(v[i]).scale(vnorm(v)).epsilon(1e-15));
  }
  const Spherical zero = recsph({0.0, 0.0, 0.0});
  CHECK((zero.radius == 0.0 && zero.colat == 0.0 && zero.lon == 0.0));
  CHECK(recsph({0.0, 0.0, 3.0}).colat == 0.0);
  CHECK(recsph({0.0, 0.0, -3.0}).colat == kPi);
}

TEST_CASE("drdsph and dsphdr give CSPICE's matrices; dsphdr is undefined on the z-axis") {
  CHECK(drdsph(345.575709361583, 1.0749330961287509, 2.8120378399547175) ==
        rows({-0.8322262166671641, -155.5737301476271, -98.3661469592206, 0.28464427416192634, 53.21049807091702,
              -287.59716517406173, 0.47579109016320226, -303.95399040604735, 0.0}));
  auto j = dsphdr(1193.1161122194196, -28.44954222118284, -18857.414191719472);
  REQUIRE(j.ok());
  CHECK(*j == rows({0.06314406573074438, -0.0015056537629705453, -0.9980032865525735, -5.2802972819429e-05,
                    1.259073102144186e-06, -3.3427646577866166e-06, 1.997390610965541e-05, 0.0008376651201664556, 0.0}));
  CHECK(dsphdr(0.0, 0.0, -1.0).error().short_code == "SPICE(POINTONZAXIS)");
}
