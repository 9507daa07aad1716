// Conversions between non-rectangular systems (core/math/coordinates/cross_conversions) and
// range/RA/Dec (ra_dec): each agrees with the path through rectangular coordinates, longitudes pass
// through unchanged, and the degenerate points are CSPICE's.
#include <doctest/doctest.h>

#include "math/angles.hpp"
#include "math/coordinates/cross_conversions.hpp"
#include "math/coordinates/ra_dec.hpp"

using namespace sc::math;

namespace {

void check_close(const Vec3& a, const Vec3& b) {
  for (std::size_t i = 0; i < 3; ++i) CHECK(a[i] == doctest::Approx(b[i]).scale(vnorm(b)).epsilon(1e-14));
}

}  // namespace

TEST_CASE("each cross conversion names the same point as the rectangular path") {
  const double r = 3.5;
  const double clon = 2.5;  // longitudes beyond pi pass through unchanged
  const double z = -1.25;
  const Vec3 p = cylrec(r, clon, z);

  const Latitudinal l = cyllat(r, clon, z);
  CHECK(l.lon == clon);
  check_close(latrec(l.radius, l.lon, l.lat), p);
  const Spherical s = cylsph(r, clon, z);
  CHECK(s.lon == clon);
  check_close(sphrec(s.radius, s.colat, s.lon), p);

  const Cylindrical c1 = latcyl(l.radius, l.lon, l.lat);
  check_close(cylrec(c1.r, c1.clon, c1.z), p);
  const Spherical s1 = latsph(l.radius, l.lon, l.lat);
  CHECK(s1.colat == kHalfPi - l.lat);
  const Cylindrical c2 = sphcyl(s.radius, s.colat, s.lon);
  check_close(cylrec(c2.r, c2.clon, c2.z), p);
  const Latitudinal l2 = sphlat(s.radius, s.colat, s.lon);
  check_close(latrec(l2.radius, l2.lon, l2.lat), p);
}

TEST_CASE("cyllat and cylsph at the origin are all zeros") {
  const Latitudinal l = cyllat(0.0, 1.0, 0.0);
  CHECK((l.radius == 0.0 && l.lat == 0.0 && l.lon == 1.0));
  const Spherical s = cylsph(0.0, 1.0, 0.0);
  CHECK((s.radius == 0.0 && s.colat == 0.0 && s.lon == 1.0));
}

TEST_CASE("recrad moves the right ascension into [0, 2 pi); radrec inverts it") {
  const RaDec rd = recrad({1.0, -1.0, 0.5});
  CHECK(rd.ra > kPi);
  CHECK(rd.ra < 2.0 * kPi);
  check_close(radrec(rd.range, rd.ra, rd.dec), {1.0, -1.0, 0.5});
  const RaDec zero = recrad({0.0, 0.0, 0.0});
  CHECK((zero.range == 0.0 && zero.ra == 0.0 && zero.dec == 0.0));
}
