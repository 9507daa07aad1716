// TK frames (core/frames/tk_frames) on kernels written here: matrix, angle and quaternion forms
// (units, axes, ID- and name-keyed variables) and the errors of their keywords.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdio>

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
using sc_test::transpose;
using sc_test::z_rotation_of_vectors;

namespace fr = sc::frames;

}  // namespace

TEST_CASE("TK frame given as a matrix: column order, sharpening, handedness") {
  // Columns of a 30-degree z rotation (vectors in TKM -> J2000), listed column by column.
  const double c = std::cos(kPiTest / 6), s = std::sin(kPiTest / 6);
  char buf[2048];
  std::snprintf(buf, sizeof buf,
                "FRAME_TKM = 1400001\nFRAME_1400001_NAME = 'TKM'\nFRAME_1400001_CLASS = 4\n"
                "FRAME_1400001_CLASS_ID = 1400001\nFRAME_1400001_CENTER = 399\n"
                "TKFRAME_1400001_SPEC = 'MATRIX'\nTKFRAME_1400001_RELATIVE = 'J2000'\n"
                "TKFRAME_1400001_MATRIX = ( %.17g %.17g 0  %.17g %.17g 0  0 0 1 )\n"
                "FRAME_TKM2 = 1400002\nFRAME_1400002_NAME = 'TKM2'\nFRAME_1400002_CLASS = 4\n"
                "FRAME_1400002_CLASS_ID = 1400002\nFRAME_1400002_CENTER = 399\n"
                "TKFRAME_1400002_SPEC = 'matrix'\nTKFRAME_1400002_RELATIVE = 'J2000'\n"
                "TKFRAME_1400002_MATRIX = ( %.17g %.17g 0  %.17g %.17g 0  0 0 -3 )\n",
                c, s, -s, c, 2 * c, 2 * s, -2 * s, 2 * c);
  const sc::Context ctx = context_with(buf);
  const sc::math::Mat3 r = z_rotation_of_vectors(kPiTest / 6);

  auto to_j2000 = fr::pxform(ctx, "TKM", "J2000", kEt);
  REQUIRE(to_j2000.ok());
  CHECK(max_diff(*to_j2000, r) < 1e-15);
  auto from_j2000 = fr::pxform(ctx, "j2000", " tkm", kEt);  // names: case and leading blanks ignored
  REQUIRE(from_j2000.ok());
  CHECK(max_diff(*from_j2000, transpose(r)) < 1e-15);

  // A scaled, left-handed matrix is sharpened to a rotation but keeps the sense of its columns.
  auto scaled = fr::pxform(ctx, "TKM2", "J2000", kEt);
  REQUIRE(scaled.ok());
  sc::math::Mat3 left = r;
  left[2][2] = -1.0;
  CHECK(max_diff(*scaled, left) < 1e-15);

  // sxform of a fixed offset from an inertial frame: the rotation on the diagonal, no derivative.
  auto x = fr::sxform(ctx, "J2000", "TKM", kEt);
  REQUIRE(x.ok());
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < 3; ++j) {
      CHECK((*x)[i][j] == (*from_j2000)[i][j]);
      CHECK((*x)[i + 3][j + 3] == (*from_j2000)[i][j]);
      CHECK((*x)[i + 3][j] == 0.0);
      CHECK((*x)[i][j + 3] == 0.0);
    }
  }
}

TEST_CASE("TK frame given as angles: axes, units, name-keyed variables") {
  const sc::Context ctx = context_with(
      "FRAME_TKA = 1400011\nFRAME_1400011_NAME = 'TKA'\nFRAME_1400011_CLASS = 4\nFRAME_1400011_CLASS_ID = 1400011\n"
      "FRAME_1400011_CENTER = 'EARTH'\n"
      "TKFRAME_TKA_SPEC = 'ANGLES'\nTKFRAME_TKA_RELATIVE = 'J2000'\nTKFRAME_TKA_ANGLES = ( 30 0 0 )\n"
      "TKFRAME_TKA_AXES = ( 3 1 2 )\nTKFRAME_TKA_UNITS = 'DEGREES'\n"
      "FRAME_TKS = 1400012\nFRAME_1400012_NAME = 'TKS'\nFRAME_1400012_CLASS = 4\nFRAME_1400012_CLASS_ID = 1400012\n"
      "FRAME_1400012_CENTER = 399\n"
      "TKFRAME_1400012_SPEC = 'ANGLES'\nTKFRAME_1400012_RELATIVE = 'J2000'\nTKFRAME_1400012_ANGLES = ( 0 0 108000 )\n"
      "TKFRAME_1400012_AXES = ( 1 2 3 )\nTKFRAME_1400012_UNITS = 'ARCSECONDS'\n"
      "FRAME_TKR = 1400013\nFRAME_1400013_NAME = 'TKR'\nFRAME_1400013_CLASS = 4\nFRAME_1400013_CLASS_ID = 1400013\n"
      "FRAME_1400013_CENTER = 399\n"
      "TKFRAME_1400013_SPEC = 'ANGLES'\nTKFRAME_1400013_RELATIVE = 'J2000'\n"
      "TKFRAME_1400013_ANGLES = ( 0.5235987755982988 0 0 )\nTKFRAME_1400013_AXES = ( 3 1 3 )\n"
      "FRAME_TKU = 1400014\nFRAME_1400014_NAME = 'TKU'\nFRAME_1400014_CLASS = 4\nFRAME_1400014_CLASS_ID = 1400014\n"
      "FRAME_1400014_CENTER = 399\n"
      "TKFRAME_1400014_SPEC = 'ANGLES'\nTKFRAME_1400014_RELATIVE = 'J2000'\nTKFRAME_1400014_ANGLES = ( 1 2 3 )\n"
      "TKFRAME_1400014_AXES = ( 3 1 3 )\nTKFRAME_1400014_UNITS = 'FURLONGS'\n"
      "FRAME_TKX = 1400015\nFRAME_1400015_NAME = 'TKX'\nFRAME_1400015_CLASS = 4\nFRAME_1400015_CLASS_ID = 1400015\n"
      "FRAME_1400015_CENTER = 399\n"
      "TKFRAME_1400015_SPEC = 'ANGLES'\nTKFRAME_1400015_RELATIVE = 'J2000'\nTKFRAME_1400015_ANGLES = ( 1 2 3 )\n"
      "TKFRAME_1400015_AXES = ( 3 4 3 )\n");
  // [30 deg]_3 as a frame rotation is the transformation J2000 -> frame; the TK matrix maps the
  // other way, so vectors in TKA are rotated by +30 degrees into J2000.
  const sc::math::Mat3 r = z_rotation_of_vectors(kPiTest / 6);
  for (const char* name : {"TKA", "TKS", "TKR"}) {
    auto m = fr::pxform(ctx, "J2000", name, kEt);
    REQUIRE_MESSAGE(m.ok(), name << ": " << m.error().long_msg);
    CHECK_MESSAGE(max_diff(*m, r) < 1e-15, name);
  }
  // The center given by body name.
  auto info = fr::frinfo(ctx, 1400011);
  REQUIRE(info);
  CHECK(info->center == 399);
  CHECK(info->frame_class == 4);
  CHECK(error_code(fr::pxform(ctx, "J2000", "TKU", kEt)) == "SPICE(UNITSNOTREC)");
  CHECK(error_code(fr::pxform(ctx, "J2000", "TKX", kEt)) == "SPICE(BADAXISNUMBERS)");
}

TEST_CASE("TK frame given as a quaternion, normalised first") {
  const double h = kPiTest / 12;  // half of 30 degrees
  char buf[2048];
  std::snprintf(buf, sizeof buf,
                "FRAME_TKQ = 1400021\nFRAME_1400021_NAME = 'TKQ'\nFRAME_1400021_CLASS = 4\n"
                "FRAME_1400021_CLASS_ID = 1400021\nFRAME_1400021_CENTER = 399\n"
                "TKFRAME_1400021_SPEC = 'QUATERNION'\nTKFRAME_1400021_RELATIVE = 'J2000'\n"
                "TKFRAME_1400021_Q = ( %.17g 0 0 %.17g )\n",
                3 * std::cos(h), 3 * std::sin(h));
  const sc::Context ctx = context_with(buf);
  auto m = fr::pxform(ctx, "TKQ", "J2000", kEt);
  REQUIRE(m.ok());
  CHECK(max_diff(*m, z_rotation_of_vectors(kPiTest / 6)) < 1e-15);
}

TEST_CASE("TK keywords: missing, ill-typed, competing, unknown relative frame, unknown spec") {
  const sc::Context ctx = context_with(
      "FRAME_TK_BOTH = 1400031\nFRAME_1400031_NAME = 'TK_BOTH'\nFRAME_1400031_CLASS = 4\n"
      "FRAME_1400031_CLASS_ID = 1400031\nFRAME_1400031_CENTER = 399\n"
      "TKFRAME_1400031_SPEC = 'MATRIX'\nTKFRAME_TK_BOTH_SPEC = 'MATRIX'\nTKFRAME_1400031_RELATIVE = 'J2000'\n"
      "TKFRAME_1400031_MATRIX = ( 1 0 0 0 1 0 0 0 1 )\n"
      "FRAME_TK_NOREL = 1400032\nFRAME_1400032_NAME = 'TK_NOREL'\nFRAME_1400032_CLASS = 4\n"
      "FRAME_1400032_CLASS_ID = 1400032\nFRAME_1400032_CENTER = 399\nTKFRAME_1400032_SPEC = 'MATRIX'\n"
      "TKFRAME_1400032_RELATIVE = 'NO_SUCH_FRAME'\nTKFRAME_1400032_MATRIX = ( 1 0 0 0 1 0 0 0 1 )\n"
      "FRAME_TK_SHORT = 1400033\nFRAME_1400033_NAME = 'TK_SHORT'\nFRAME_1400033_CLASS = 4\n"
      "FRAME_1400033_CLASS_ID = 1400033\nFRAME_1400033_CENTER = 399\nTKFRAME_1400033_SPEC = 'MATRIX'\n"
      "TKFRAME_1400033_RELATIVE = 'J2000'\nTKFRAME_1400033_MATRIX = ( 1 0 0 0 1 0 0 0 )\n"
      "FRAME_TK_SPEC = 1400034\nFRAME_1400034_NAME = 'TK_SPEC'\nFRAME_1400034_CLASS = 4\n"
      "FRAME_1400034_CLASS_ID = 1400034\nFRAME_1400034_CENTER = 399\nTKFRAME_1400034_SPEC = 'EULER'\n"
      "TKFRAME_1400034_RELATIVE = 'J2000'\n"
      "FRAME_TK_TYPE = 1400035\nFRAME_1400035_NAME = 'TK_TYPE'\nFRAME_1400035_CLASS = 4\n"
      "FRAME_1400035_CLASS_ID = 1400035\nFRAME_1400035_CENTER = 399\nTKFRAME_1400035_SPEC = 'MATRIX'\n"
      "TKFRAME_1400035_RELATIVE = 'J2000'\nTKFRAME_1400035_MATRIX = ( '1' '0' '0' '0' '1' '0' '0' '0' '1' )\n"
      "FRAME_TK_SELF = 1400036\nFRAME_1400036_NAME = 'TK_SELF'\nFRAME_1400036_CLASS = 4\n"
      "FRAME_1400036_CLASS_ID = 1400036\nFRAME_1400036_CENTER = 399\nTKFRAME_1400036_SPEC = 'MATRIX'\n"
      "TKFRAME_1400036_RELATIVE = 'TK_SELF'\nTKFRAME_1400036_MATRIX = ( 1 0 0 0 1 0 0 0 1 )\n");
  CHECK(error_code(fr::pxform(ctx, "J2000", "TK_BOTH", kEt)) == "SPICE(COMPETINGFRAMESPEC)");
  CHECK(error_code(fr::pxform(ctx, "J2000", "TK_NOREL", kEt)) == "SPICE(BADFRAMESPEC)");
  CHECK(error_code(fr::pxform(ctx, "J2000", "TK_SHORT", kEt)) == "SPICE(BADVARIABLESIZE)");
  CHECK(error_code(fr::pxform(ctx, "J2000", "TK_SPEC", kEt)) == "SPICE(UNKNOWNFRAMESPEC)");
  CHECK(error_code(fr::pxform(ctx, "J2000", "TK_TYPE", kEt)) == "SPICE(BADVARIABLETYPE)");
  CHECK(error_code(fr::pxform(ctx, "J2000", "TK_SELF", kEt)) == "SPICE(BADFRAMESPEC2)");
  // The built-in TK frame EARTH_FIXED needs its TKFRAME_* variables.
  CHECK(error_code(fr::pxform(ctx, "J2000", "EARTH_FIXED", kEt)) == "SPICE(VARIABLENOTFOUND)");
  CHECK(error_code(fr::pxform(ctx, "J2000", "NOT_A_FRAME", kEt)) == "SPICE(UNKNOWNFRAME)");
  CHECK(error_code(fr::pxform(ctx, "", "J2000", kEt)) == "SPICE(EMPTYSTRING)");
}
