// GETFOV (core/instruments/field_of_view.cpp): CSPICE's answers on real and made-up IKs are in
// tests/fixtures/golden/fov-getfov.json; these tests cover the checks it makes, in its order, and
// the geometry of the ANGLES boundaries.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "fixtures.hpp"
#include "instruments/field_of_view.hpp"
#include "math/constants.hpp"
#include "pool/pool.hpp"
#include "pool/text_kernel_parser.hpp"

namespace {

sc::pool::Pool pool_of(const std::string& data) {
  sc::pool::Pool pool;
  auto statements = sc::pool::parse_text_kernel("\\begindata\n" + data + "\n", "test.ti");
  REQUIRE(statements.ok());
  REQUIRE(pool.apply(*statements, "test.ti").ok());
  return pool;
}

const std::string kAngles =
    "INS-1_FOV_FRAME = 'CAM'\nINS-1_FOV_SHAPE = ' rectangle'\nINS-1_BORESIGHT = ( 0, 0, 2 )\n"
    "INS-1_FOV_CLASS_SPEC = 'angles'\nINS-1_FOV_REF_VECTOR = ( 1, 0, 1 )\nINS-1_FOV_REF_ANGLE = 10\n"
    "INS-1_FOV_CROSS_ANGLE = 3\nINS-1_FOV_ANGLE_UNITS = 'DEGREES'\n";

}  // namespace

TEST_CASE("getfov builds a rectangle's corners from its angular extents") {
  const auto pool = pool_of(kAngles);
  const auto fov = sc_test::ok(sc::instruments::getfov(pool, -1, 4));
  CHECK(fov.shape == "RECTANGLE");  // upper-cased and left-justified, as CSPICE returns it
  CHECK(fov.frame == "CAM");
  REQUIRE(fov.n == 4);
  const double rpd = sc::math::rpd();
  for (int i = 0; i < 4; ++i) {
    const double x = fov.bounds[3 * i], y = fov.bounds[3 * i + 1], z = fov.bounds[3 * i + 2];
    // Scaled to the boresight's length; the side planes at 10 degrees (x) and 3 degrees (y).
    CHECK(std::sqrt(x * x + y * y + z * z) == doctest::Approx(2.0).epsilon(1e-15));
    CHECK(std::atan2(std::abs(x), z) == doctest::Approx(10 * rpd).epsilon(1e-14));
    CHECK(std::atan2(std::abs(y), z) == doctest::Approx(3 * rpd).epsilon(1e-14));
  }
  // Counter-clockwise about the boresight, starting in the +x +y quadrant.
  CHECK(fov.bounds[0] > 0);
  CHECK(fov.bounds[1] > 0);
  CHECK(fov.bounds[3] < 0);
  CHECK(fov.bounds[4] > 0);
}

TEST_CASE("getfov checks what CSPICE checks, in its order") {
  using sc::instruments::getfov;
  CHECK(sc_test::error_code(getfov(pool_of("X = 1"), -1, 4)) == "SPICE(FRAMEMISSING)");
  CHECK(sc_test::error_code(getfov(pool_of("INS-1_FOV_FRAME = 'CAM'"), -1, 4)) == "SPICE(SHAPEMISSING)");
  CHECK(sc_test::error_code(getfov(pool_of("INS-1_FOV_FRAME = 'CAM'\nINS-1_FOV_SHAPE = 'CONE'"), -1, 4)) ==
        "SPICE(SHAPENOTSUPPORTED)");
  const std::string head = "INS-1_FOV_FRAME = 'CAM'\nINS-1_FOV_SHAPE = 'POLYGON'\n";
  CHECK(sc_test::error_code(getfov(pool_of(head), -1, 4)) == "SPICE(BORESIGHTMISSING)");
  CHECK(sc_test::error_code(getfov(pool_of(head + "INS-1_BORESIGHT = ( 0, 1 )"), -1, 4)) == "SPICE(BADBORESIGHTSPEC)");
  CHECK(sc_test::error_code(getfov(pool_of(head + "INS-1_BORESIGHT = ( 'a', 'b', 'c' )"), -1, 4)) ==
        "SPICE(BADBORESIGHTSPEC)");
  CHECK(sc_test::error_code(getfov(pool_of(head + "INS-1_BORESIGHT = ( 0, 0, 0 )"), -1, 4)) == "SPICE(ZEROBORESIGHT)");
  const std::string corners = head + "INS-1_BORESIGHT = ( 0, 0, 1 )\n";
  CHECK(sc_test::error_code(getfov(pool_of(corners), -1, 4)) == "SPICE(BOUNDARYMISSING)");
  CHECK(sc_test::error_code(getfov(pool_of(corners + "INS-1_FOV_BOUNDARY = ( 1, 0, 1, 0, 1, 1 )"), -1, 4)) ==
        "SPICE(BADBOUNDARY)");  // a polygon needs three vectors
  CHECK(sc_test::error_code(getfov(pool_of(corners + "INS-1_FOV_BOUNDARY = ( 1, 0, 1, 0, 1 )"), -1, 4)) ==
        "SPICE(BADBOUNDARY)");  // not a multiple of 3
  CHECK(sc_test::error_code(getfov(pool_of(corners + "INS-1_FOV_BOUNDARY = ( 1,0,1, 0,1,1, -1,0,1 )"), -1, 2)) ==
        "SPICE(BOUNDARYTOOBIG)");
  CHECK(sc_test::error_code(getfov(pool_of(corners + "INS-1_FOV_CLASS_SPEC = 'SIDES'"), -1, 4)) ==
        "SPICE(UNSUPPORTEDSPEC)");
  // The _CORNERS spelling of the boundary keyword is read too.
  const auto fov = sc_test::ok(getfov(pool_of(corners + "INS-1_FOV_BOUNDARY_CORNERS = ( 1,0,1, 0,1,1, -1,0,1 )"), -1, 3));
  CHECK(fov.n == 3);
  CHECK(fov.bounds[6] == -1.0);
}

TEST_CASE("getfov's ANGLES checks") {
  using sc::instruments::getfov;
  CHECK(sc_test::error_code(getfov(pool_of(kAngles + "INS-1_FOV_SHAPE = 'POLYGON'"), -1, 4)) ==
        "SPICE(SHAPENOTSUPPORTED)");
  CHECK(sc_test::error_code(getfov(pool_of(kAngles + "INS-1_FOV_REF_VECTOR = ( 0, 0, 5 )"), -1, 4)) ==
        "SPICE(BADREFVECTORSPEC)");  // parallel to the boresight
  CHECK(sc_test::error_code(getfov(pool_of(kAngles + "INS-1_FOV_ANGLE_UNITS = 'FURLONGS'"), -1, 4)) ==
        "SPICE(UNITSNOTREC)");
  CHECK(sc_test::error_code(getfov(pool_of(kAngles + "INS-1_FOV_REF_ANGLE = 90"), -1, 4)) == "SPICE(BADBOUNDARY)");
  CHECK(sc_test::error_code(getfov(pool_of(kAngles), -1, 3)) == "SPICE(BOUNDARYTOOBIG)");
  const auto circle = sc_test::ok(getfov(pool_of(kAngles + "INS-1_FOV_SHAPE = 'CIRCLE'"), -1, 1));
  REQUIRE(circle.n == 1);
  CHECK(std::atan2(circle.bounds[0], circle.bounds[2]) == doctest::Approx(10 * sc::math::rpd()).epsilon(1e-14));
}
