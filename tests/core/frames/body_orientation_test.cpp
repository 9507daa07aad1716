// Body orientation (core/frames/body_orientation): binary PCK frames fall back to text PCK data
// outside the segments' coverage.
#include <doctest/doctest.h>

#include "context.hpp"
#include "frame_kernels.hpp"
#include "frames/frames_api.hpp"
#include "golden_fixture.hpp"
#include "json.hpp"

namespace {

using sc_test::context_with;
using sc_test::kEt;

namespace fr = sc::frames;

}  // namespace

TEST_CASE("binary PCK frames fall back to text PCK data outside the segments' coverage") {
  // Without text data for class 31006 an epoch outside the binary PCK is FRAMEDATANOTFOUND (the
  // golden file's case); with BODY31006_* defined TISBOD uses them instead, as CSPICE does.
  const sc::Context ctx = context_with(
      "BODY31006_POLE_RA = ( 269.9949 0.0031 0 )\nBODY31006_POLE_DEC = ( 66.5392 0.0130 0 )\n"
      "BODY31006_PM = ( 38.3213 13.17635815 -1.4e-12 )\n");
  const double outside = -5.0e9;
  auto pa = fr::pxform(ctx, "J2000", "MOON_PA_DE421", outside);
  REQUIRE_MESSAGE(pa.ok(), pa.error().long_msg);
  // Inside the coverage the binary data still win: the two answers differ by the librations.
  auto inside = fr::pxform(ctx, "J2000", "MOON_PA_DE421", kEt);
  auto golden_ctx = context_with("");
  auto inside_binary = fr::pxform(golden_ctx, "J2000", "MOON_PA_DE421", kEt);
  REQUIRE(inside.ok());
  REQUIRE(inside_binary.ok());
  CHECK(*inside == *inside_binary);
}
