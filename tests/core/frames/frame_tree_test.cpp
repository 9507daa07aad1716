// The frame tree (core/frames/frame_tree): aliases, chains of TK frames on a PCK frame, chains
// longer than ten links, loops, and chains that never meet.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "context.hpp"
#include "frame_kernels.hpp"
#include "frames/frames_api.hpp"
#include "golden_fixture.hpp"
#include "json.hpp"

namespace {

using sc_test::context_with;
using sc_test::error_code;
using sc_test::kEt;
using sc_test::kPiTest;
using sc_test::max_diff;
using sc_test::mul;
using sc_test::transpose;
using sc_test::z_rotation_of_vectors;

namespace fr = sc::frames;

}  // namespace

TEST_CASE("EARTH_FIXED as an alias of IAU_EARTH, and a chain of TK frames on a PCK frame") {
  const sc::Context ctx = context_with(
      "TKFRAME_EARTH_FIXED_RELATIVE = 'IAU_EARTH'\nTKFRAME_EARTH_FIXED_SPEC = 'MATRIX'\n"
      "TKFRAME_EARTH_FIXED_MATRIX = ( 1 0 0 0 1 0 0 0 1 )\n"
      "FRAME_TOP = 1400041\nFRAME_1400041_NAME = 'TOP'\nFRAME_1400041_CLASS = 4\nFRAME_1400041_CLASS_ID = 1400041\n"
      "FRAME_1400041_CENTER = 399\nTKFRAME_TOP_SPEC = 'ANGLES'\nTKFRAME_TOP_RELATIVE = 'MID'\n"
      "TKFRAME_TOP_ANGLES = ( 10 20 30 )\nTKFRAME_TOP_AXES = ( 1 2 3 )\nTKFRAME_TOP_UNITS = 'DEGREES'\n"
      "FRAME_MID = 1400042\nFRAME_1400042_NAME = 'MID'\nFRAME_1400042_CLASS = 4\nFRAME_1400042_CLASS_ID = 1400042\n"
      "FRAME_1400042_CENTER = 399\nTKFRAME_MID_SPEC = 'ANGLES'\nTKFRAME_MID_RELATIVE = 'EARTH_FIXED'\n"
      "TKFRAME_MID_ANGLES = ( 40 50 60 )\nTKFRAME_MID_AXES = ( 3 2 1 )\nTKFRAME_MID_UNITS = 'DEGREES'\n");
  auto iau = fr::pxform(ctx, "J2000", "IAU_EARTH", kEt);
  auto fixed = fr::pxform(ctx, "J2000", "EARTH_FIXED", kEt);
  REQUIRE(iau.ok());
  REQUIRE(fixed.ok());
  CHECK(*fixed == *iau);  // an identity offset changes no bit

  // TOP -> J2000 = (IAU_EARTH -> J2000)(MID -> EARTH_FIXED)(TOP -> MID), the offsets read back
  // through the frame system one link at a time.
  auto top_mid = fr::pxform(ctx, "TOP", "MID", kEt);
  auto mid_fixed = fr::pxform(ctx, "MID", "EARTH_FIXED", kEt);
  auto top_j2000 = fr::pxform(ctx, "TOP", "J2000", kEt);
  REQUIRE(top_mid.ok());
  REQUIRE(mid_fixed.ok());
  REQUIRE(top_j2000.ok());
  CHECK(max_diff(*top_j2000, mul(transpose(*iau), mul(*mid_fixed, *top_mid))) < 1e-14);
  // Between two frames of the same chain the common part cancels: no J2000 detour needed.
  auto top_fixed = fr::pxform(ctx, "TOP", "EARTH_FIXED", kEt);
  REQUIRE(top_fixed.ok());
  CHECK(max_diff(*top_fixed, mul(*mid_fixed, *top_mid)) < 1e-15);
  // The state transformation's rotation blocks are the rotation, its derivative block the
  // Earth's rotation carried through the constant offsets.
  auto x = fr::sxform(ctx, "TOP", "J2000", kEt);
  auto xe = fr::sxform(ctx, "IAU_EARTH", "J2000", kEt);
  REQUIRE(x.ok());
  REQUIRE(xe.ok());
  const sc::math::Mat3 offset = mul(*mid_fixed, *top_mid);
  sc::math::Mat3 de{}, rot{};
  for (int i = 0; i < 3; ++i)
    for (int j = 0; j < 3; ++j) {
      de[i][j] = (*xe)[i + 3][j];
      rot[i][j] = (*x)[i][j];
    }
  CHECK(max_diff(rot, *top_j2000) < 1e-15);
  const sc::math::Mat3 dtop = mul(de, offset);
  for (int i = 0; i < 3; ++i)
    for (int j = 0; j < 3; ++j) CHECK(std::fabs((*x)[i + 3][j] - dtop[i][j]) < 1e-18);
}

TEST_CASE("frame chains longer than ten links, loops, and chains that never meet") {
  std::string fk;
  // CHAIN1 relative to J2000, CHAINk relative to CHAINk-1, each a 1-degree turn about z.
  for (int k = 1; k <= 14; ++k) {
    const std::string id = std::to_string(1400100 + k), name = "CHAIN" + std::to_string(k);
    fk += "FRAME_" + name + " = " + id + "\nFRAME_" + id + "_NAME = '" + name + "'\nFRAME_" + id + "_CLASS = 4\n" +
          "FRAME_" + id + "_CLASS_ID = " + id + "\nFRAME_" + id + "_CENTER = 399\nTKFRAME_" + id +
          "_SPEC = 'ANGLES'\nTKFRAME_" + id + "_RELATIVE = '" + (k == 1 ? std::string("J2000") : "CHAIN" + std::to_string(k - 1)) +
          "'\nTKFRAME_" + id + "_ANGLES = ( -1 0 0 )\nTKFRAME_" + id + "_AXES = ( 3 1 3 )\nTKFRAME_" + id +
          "_UNITS = 'DEGREES'\n";
  }
  fk += "FRAME_LOOP_A = 1400201\nFRAME_1400201_NAME = 'LOOP_A'\nFRAME_1400201_CLASS = 4\n"
        "FRAME_1400201_CLASS_ID = 1400201\nFRAME_1400201_CENTER = 399\nTKFRAME_1400201_SPEC = 'MATRIX'\n"
        "TKFRAME_1400201_RELATIVE = 'LOOP_B'\nTKFRAME_1400201_MATRIX = ( 1 0 0 0 1 0 0 0 1 )\n"
        "FRAME_LOOP_B = 1400202\nFRAME_1400202_NAME = 'LOOP_B'\nFRAME_1400202_CLASS = 4\n"
        "FRAME_1400202_CLASS_ID = 1400202\nFRAME_1400202_CENTER = 399\nTKFRAME_1400202_SPEC = 'MATRIX'\n"
        "TKFRAME_1400202_RELATIVE = 'LOOP_A'\nTKFRAME_1400202_MATRIX = ( 1 0 0 0 1 0 0 0 1 )\n"
        "FRAME_ORPHAN = 1400301\nFRAME_1400301_NAME = 'ORPHAN'\nFRAME_1400301_CLASS = 4\n"
        "FRAME_1400301_CLASS_ID = 1400301\nFRAME_1400301_CENTER = 399\nTKFRAME_1400301_SPEC = 'MATRIX'\n"
        "TKFRAME_1400301_RELATIVE = 'NOWHERE'\nTKFRAME_1400301_MATRIX = ( 1 0 0 0 1 0 0 0 1 )\n"
        "FRAME_NOWHERE = 1400302\n";
  const sc::Context ctx = context_with(fk);
  const double deg = kPiTest / 180;
  auto m14 = fr::pxform(ctx, "CHAIN14", "J2000", kEt);
  REQUIRE_MESSAGE(m14.ok(), m14.error().long_msg);
  CHECK(max_diff(*m14, z_rotation_of_vectors(14 * deg)) < 1e-14);
  auto m = fr::pxform(ctx, "CHAIN14", "CHAIN3", kEt);
  REQUIRE(m.ok());
  CHECK(max_diff(*m, z_rotation_of_vectors(11 * deg)) < 1e-14);
  auto back = fr::sxform(ctx, "CHAIN2", "CHAIN13", kEt);
  REQUIRE(back.ok());
  for (int i = 0; i < 3; ++i)
    for (int j = 0; j < 3; ++j) CHECK(std::fabs((*back)[i][j] - z_rotation_of_vectors(-11 * deg)[i][j]) < 1e-14);

  CHECK(error_code(fr::pxform(ctx, "LOOP_A", "J2000", kEt)) == "SPICE(FRAMELOOP)");
  CHECK(error_code(fr::pxform(ctx, "J2000", "LOOP_B", kEt)) == "SPICE(FRAMELOOP)");
  auto s = fr::sxform(ctx, "IAU_MARS", "LOOP_A", kEt);
  REQUIRE_FALSE(s.ok());
  CHECK(s.error().short_code == "SPICE(FRAMELOOP)");
  // ORPHAN's relative frame has an ID but no definition: the chain ends short of J2000.
  CHECK(error_code(fr::pxform(ctx, "ORPHAN", "J2000", kEt)) == "SPICE(NOFRAMECONNECT)");
  CHECK(error_code(fr::pxform(ctx, "J2000", "ORPHAN", kEt)) == "SPICE(NOFRAMECONNECT)");
}
