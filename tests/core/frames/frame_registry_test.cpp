// The frame registry (core/frames/frame_registry): kernel frames, built-in precedence, DSN IDs,
// object frames and class IDs.
#include <doctest/doctest.h>

#include "context.hpp"
#include "frame_kernels.hpp"
#include "frames/frames_api.hpp"
#include "golden_fixture.hpp"
#include "json.hpp"

namespace {

using sc_test::context_with;
using sc_test::error_code;
using sc_test::kEt;

namespace fr = sc::frames;

}  // namespace

TEST_CASE("frame look-ups: kernel frames, built-in precedence, DSN IDs, object frames, class IDs") {
  const sc::Context ctx = context_with(
      "FRAME_IAU_EARTH = 1400501\nFRAME_1400501_NAME = 'IAU_EARTH'\n"  // cannot override a built-in
      "FRAME_MY_FRAME = 1400502\nFRAME_1400502_NAME = '  MY_FRAME'\nFRAME_1400502_CLASS = 4\n"
      "FRAME_1400502_CLASS_ID = 1400502\nFRAME_MY_FRAME_CENTER = 'MOON'\n"
      "OBJECT_399_FRAME = 'ITRF93'\nOBJECT_MOON_FRAME = 31001\nOBJECT_MARS_FRAME = 'NOT_DEFINED'\n"
      "FRAME_BAD_CENTER = 1400503\nFRAME_1400503_NAME = 'BAD_CENTER'\nFRAME_1400503_CLASS = 4\n"
      "FRAME_1400503_CLASS_ID = 1400503\n");
  CHECK(fr::namfrm(ctx, "IAU_EARTH") == 10013);
  CHECK(fr::namfrm(ctx, " my_frame ") == 1400502);
  CHECK(fr::frmnam(ctx, 1400502) == "MY_FRAME");
  auto info = fr::frinfo(ctx, 1400502);
  REQUIRE(info);
  CHECK(info->center == 301);  // center by name, under the frame-name form of the keyword
  CHECK(info->class_id == 1400502);
  // Frames with IDs 13000-13999 are DSN Earth frames even without a definition.
  auto dsn = fr::frinfo(ctx, 13001);
  REQUIRE(dsn);
  CHECK(dsn->center == 399);
  CHECK(dsn->frame_class == 2);
  CHECK(dsn->class_id == 3001);
  CHECK_FALSE(fr::frinfo(ctx, 14000));
  // A frame definition without a center is an error for the checked look-up, "not found" here.
  CHECK_FALSE(fr::frinfo(ctx, 1400503));
  CHECK(error_code(fr::pxform(ctx, "J2000", "BAD_CENTER", kEt)) == "SPICE(KERNELVARNOTFOUND)");

  // OBJECT_<id>_FRAME and OBJECT_<name>_FRAME override the built-in choice, by name or by ID.
  auto earth = fr::cidfrm(ctx, 399);
  REQUIRE(earth);
  CHECK(earth->code == 13000);
  CHECK(earth->name == "ITRF93");
  auto moon = fr::cnmfrm(ctx, "moon");
  REQUIRE(moon.ok());
  REQUIRE(*moon);
  CHECK((*moon)->code == 31001);
  CHECK((*moon)->name == "MOON_ME");
  CHECK_FALSE(fr::cidfrm(ctx, 499));  // names a frame nobody defines
  auto io = fr::cnmfrm(ctx, "Io");
  REQUIRE(io.ok());
  REQUIRE(*io);
  CHECK((*io)->name == "IAU_IO");
  CHECK(fr::cnmfrm(ctx, "").error().short_code == "SPICE(EMPTYSTRING)");

  // Class and class ID: built-in frames first, then kernel frames.
  auto iau_moon = fr::ccifrm(ctx, 2, 301);
  REQUIRE(iau_moon);
  CHECK(iau_moon->name == "IAU_MOON");
  auto pa = fr::ccifrm(ctx, 2, 31006);
  REQUIRE(pa);
  CHECK(pa->code == 31006);
  CHECK(pa->name == "MOON_PA_DE421");
  auto itrf = fr::ccifrm(ctx, 2, 3000);
  REQUIRE(itrf);
  CHECK(itrf->name == "ITRF93");
  CHECK_FALSE(fr::ccifrm(ctx, 2, 424242));
}
