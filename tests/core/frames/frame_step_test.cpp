// One step of the frame tree (core/frames/frame_step): CK and switch frames are reported as not
// supported.
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

namespace fr = sc::frames;

}  // namespace

TEST_CASE("switch frames are not supported; CK and dynamic frames without their data say so") {
  const sc::Context ctx = context_with(
      "FRAME_SC_BUS = -999000\nFRAME_-999000_NAME = 'SC_BUS'\nFRAME_-999000_CLASS = 3\n"
      "FRAME_-999000_CLASS_ID = -999000\nFRAME_-999000_CENTER = -999\n"
      "FRAME_EARTH_TRUE = 1400401\nFRAME_1400401_NAME = 'EARTH_TRUE'\nFRAME_1400401_CLASS = 5\n"
      "FRAME_1400401_CLASS_ID = 1400401\nFRAME_1400401_CENTER = 399\n"
      "FRAME_SWITCHY = 1400402\nFRAME_1400402_NAME = 'SWITCHY'\nFRAME_1400402_CLASS = 6\n"
      "FRAME_1400402_CLASS_ID = 1400402\nFRAME_1400402_CENTER = 399\n"
      "FRAME_ODD = 1400403\nFRAME_1400403_NAME = 'ODD'\nFRAME_1400403_CLASS = 9\n"
      "FRAME_1400403_CLASS_ID = 1400403\nFRAME_1400403_CENTER = 399\n");
  // A CK frame with no CK loaded ends its chain (CKFROT finds nothing): SPICE(NOFRAMECONNECT).
  CHECK(error_code(fr::pxform(ctx, "J2000", "SC_BUS", kEt)) == "SPICE(NOFRAMECONNECT)");
  CHECK(error_code(fr::sxform(ctx, "SC_BUS", "IAU_EARTH", kEt)) == "SPICE(NOFRAMECONNECT)");
  for (const char* name : {"SWITCHY"}) {
    auto m = fr::pxform(ctx, "J2000", name, kEt);
    REQUIRE_FALSE(m.ok());
    CHECK_MESSAGE(m.error().short_code == "SPICE(NOTSUPPORTED)", name);
    CHECK(m.error().long_msg.find(name) != std::string::npos);
    auto x = fr::sxform(ctx, name, "IAU_EARTH", kEt);
    REQUIRE_FALSE(x.ok());
    CHECK(x.error().short_code == "SPICE(NOTSUPPORTED)");
  }
  CHECK(error_code(fr::pxform(ctx, "J2000", "ODD", kEt)) == "SPICE(UNKNOWNFRAMETYPE)");
  // Dynamic (class 5) frames are evaluated (tests/core/frames/dynamic/); this one lacks its keywords.
  CHECK(error_code(fr::pxform(ctx, "J2000", "EARTH_TRUE", kEt)) == "SPICE(KERNELVARNOTFOUND)");
  // The frames are known to the name and attribute look-ups all the same.
  CHECK(fr::namfrm(ctx, "sc_bus") == -999000);
  auto info = fr::frinfo(ctx, -999000);
  REQUIRE(info);
  CHECK(info->frame_class == 3);
  CHECK(info->center == -999);
}
