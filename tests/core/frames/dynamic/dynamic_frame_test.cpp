// The frames layer's own view of dynamic frames (core/frames/dynamic/dynamic_frame): what it
// evaluates without an ephemeris (EULER here), the clear error when a frame needs one, and the
// keyword look-ups' two name forms. CSPICE's numbers are checked in
// dynamic_frames_golden_test.cpp and tests/contract/dynamic-frames.test.mjs.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "context.hpp"
#include "frame_kernels.hpp"
#include "frames/frames_api.hpp"
#include "geometry/frame_ephemeris.hpp"
#include "geometry/states.hpp"
#include "golden_fixture.hpp"

namespace {

using sc_test::context_with;
using sc_test::error_code;
using sc_test::kEt;

namespace fr = sc::frames;

const char* const kFrames =
    // EULER by name-form keywords (FRAME_<name>_...).
    "FRAME_EUL_F = 1900201\nFRAME_1900201_NAME = 'EUL_F'\nFRAME_1900201_CLASS = 5\n"
    "FRAME_1900201_CLASS_ID = 1900201\nFRAME_1900201_CENTER = 399\n"
    "FRAME_EUL_F_RELATIVE = 'J2000'\nFRAME_EUL_F_DEF_STYLE = 'PARAMETERIZED'\nFRAME_EUL_F_FAMILY = 'euler'\n"
    "FRAME_EUL_F_EPOCH = 0.0\nFRAME_EUL_F_AXES = ( 3 1 3 )\nFRAME_EUL_F_UNITS = 'RADIANS'\n"
    "FRAME_EUL_F_ANGLE_1_COEFFS = ( 0.1 1.0D-9 )\nFRAME_EUL_F_ANGLE_2_COEFFS = ( 0.2 )\n"
    "FRAME_EUL_F_ANGLE_3_COEFFS = ( 0.3 2.0D-9 )\n"
    // The same by ID-form keywords.
    "FRAME_EUL_R = 1900202\nFRAME_1900202_NAME = 'EUL_R'\nFRAME_1900202_CLASS = 5\n"
    "FRAME_1900202_CLASS_ID = 1900202\nFRAME_1900202_CENTER = 399\n"
    "FRAME_1900202_RELATIVE = 'J2000'\nFRAME_1900202_DEF_STYLE = 'PARAMETERIZED'\nFRAME_1900202_FAMILY = 'EULER'\n"
    "FRAME_1900202_EPOCH = 0.0\nFRAME_1900202_AXES = ( 3 1 3 )\nFRAME_1900202_UNITS = 'RADIANS'\n"
    "FRAME_1900202_ANGLE_1_COEFFS = ( 0.1 1.0D-9 )\nFRAME_1900202_ANGLE_2_COEFFS = ( 0.2 )\n"
    "FRAME_1900202_ANGLE_3_COEFFS = ( 0.3 2.0D-9 )\n"
    // A TWO-VECTOR frame that needs ephemeris.
    "FRAME_SUNWARD = 1900203\nFRAME_1900203_NAME = 'SUNWARD'\nFRAME_1900203_CLASS = 5\n"
    "FRAME_1900203_CLASS_ID = 1900203\nFRAME_1900203_CENTER = 399\n"
    "FRAME_1900203_RELATIVE = 'J2000'\nFRAME_1900203_DEF_STYLE = 'PARAMETERIZED'\n"
    "FRAME_1900203_FAMILY = 'TWO-VECTOR'\nFRAME_1900203_PRI_AXIS = 'X'\n"
    "FRAME_1900203_PRI_VECTOR_DEF = 'OBSERVER_TARGET_POSITION'\nFRAME_1900203_PRI_OBSERVER = 'EARTH'\n"
    "FRAME_1900203_PRI_TARGET = 'SUN'\nFRAME_1900203_PRI_ABCORR = 'NONE'\nFRAME_1900203_SEC_AXIS = 'Z'\n"
    "FRAME_1900203_SEC_VECTOR_DEF = 'CONSTANT'\nFRAME_1900203_SEC_FRAME = 'ECLIPJ2000'\n"
    "FRAME_1900203_SEC_SPEC = 'RECTANGULAR'\nFRAME_1900203_SEC_VECTOR = ( 0, 0, 1 )\n";

}  // namespace

TEST_CASE("dynamic frames in the frames layer: EULER without an ephemeris, name- and ID-form keywords") {
  const sc::Context ctx = context_with(kFrames);
  auto frozen = fr::sxform(ctx, "EUL_F", "J2000", kEt);
  auto rotating = fr::sxform(ctx, "EUL_R", "J2000", kEt);
  REQUIRE_MESSAGE(frozen.ok(), frozen.error().long_msg);
  REQUIRE_MESSAGE(rotating.ok(), rotating.error().long_msg);
  // EUL_F's keywords are in name form (FRAME_EUL_F_...), EUL_R's in ID form: the same frame.
  for (int i = 0; i < 6; ++i) {
    for (int j = 0; j < 6; ++j) CHECK((*frozen)[i][j] == (*rotating)[i][j]);
  }
  CHECK((*rotating)[3][0] != 0.0);  // the angles' rates reach the derivative block
  auto r = fr::pxform(ctx, "J2000", "EUL_R", kEt);
  REQUIRE(r.ok());
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < 3; ++j) CHECK((*r)[j][i] == (*rotating)[i][j]);
  }
}

TEST_CASE("dynamic frames that need ephemeris: an error from the frames layer alone, answers through geometry") {
  const sc::Context ctx = context_with(kFrames);
  auto alone = fr::pxform(ctx, "J2000", "SUNWARD", kEt);
  REQUIRE_FALSE(alone.ok());
  CHECK(alone.error().short_code == "SPICE(NOTSUPPORTED)");
  CHECK(alone.error().long_msg.find("SUNWARD") != std::string::npos);
  auto with = sc::geometry::pxform(ctx, "J2000", "SUNWARD", kEt);
  REQUIRE_MESSAGE(with.ok(), with.error().long_msg);
  // Its x axis points at the Sun.
  auto sun = sc::geometry::spkezr(ctx, "SUN", kEt, "SUNWARD", "NONE", "EARTH");
  REQUIRE(sun.ok());
  CHECK(sun->state[0] > 1.4e8);
  CHECK(std::abs(sun->state[1]) < 1e-6 * sun->state[0]);
  CHECK(std::abs(sun->state[2]) < 1e-6 * sun->state[0]);
  CHECK(error_code(sc::geometry::sxform(ctx, "SUNWARD", "J2000", 1e12)) == "SPICE(SPKINSUFFDATA)");
}
