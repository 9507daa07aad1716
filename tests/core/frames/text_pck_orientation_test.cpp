// Text-PCK IAU frames (core/frames/text_pck_orientation): the reference frame and epoch of the
// constants, nutation terms, errors, and the rates of quadratic phase angles.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "context.hpp"
#include "frame_kernels.hpp"
#include "frames/frames_api.hpp"
#include "golden_fixture.hpp"
#include "io/host_file_reader.hpp"
#include "json.hpp"
#include "pool/pool_queries.hpp"

namespace {

using sc_test::context_with;
using sc_test::error_code;
using sc_test::kEt;
using sc_test::kPiTest;
using sc_test::max_diff;
using sc_test::mul;
using sc_test::transpose;

const std::string kFixtures = SC_FIXTURES_DIR;

namespace fr = sc::frames;

}  // namespace

TEST_CASE("text PCK model: reference frame and epoch of the constants, nutation terms, errors") {
  // Body 1500001 with the Earth's constants referred to J2000, body 1500002 with the same numbers
  // referred to B1950, body 1500003 with them at an epoch one day later.
  const std::string constants =
      "_POLE_RA = ( 0 -0.641 0 )\n_POLE_DEC = ( 90 -0.557 0 )\n_PM = ( 190.147 360.9856235 0 )\n";
  std::string fk;
  for (int k = 1; k <= 6; ++k) {
    const std::string id = std::to_string(1500000 + k), fid = std::to_string(1400600 + k);
    fk += "FRAME_BODYF" + std::to_string(k) + " = " + fid + "\nFRAME_" + fid + "_NAME = 'BODYF" + std::to_string(k) +
          "'\nFRAME_" + fid + "_CLASS = 2\nFRAME_" + fid + "_CLASS_ID = " + id + "\nFRAME_" + fid +
          "_CENTER = 399\n";
    std::string c = constants;
    for (std::size_t p = 0; (p = c.find("_P", p)) != std::string::npos; p += id.size() + 5) c.insert(p, "BODY" + id);
    fk += c;
  }
  fk += "BODY1500002_CONSTANTS_REF_FRAME = 2\nBODY1500003_CONSTANTS_JED_EPOCH = 2451546.0\n"
        "BODY1500004_NUT_PREC_RA = ( 0.1 0.2 )\n"
        "BODY1500005_NUT_PREC_ANGLES = ( 10 20  30 40 )\nBODY1500005_MAX_PHASE_DEGREE = 4\n"
        "BODY1500006_CONSTANTS_JED_EPOCH = 2451545.0\nBODY1500006_CONSTS_JED_EPOCH = 2451545.0\n";
  const sc::Context ctx = context_with(fk);

  auto j = fr::sxform(ctx, "J2000", "BODYF1", kEt);
  auto b = fr::sxform(ctx, "B1950", "BODYF2", kEt);
  REQUIRE(j.ok());
  REQUIRE_MESSAGE(b.ok(), b.error().long_msg);
  CHECK(max_diff(*j, *b) < 1e-15);
  // Constants one day later: the frame at et + 1 day is the first body's frame at et, to the bit
  // (the model only sees et minus the epoch), and a day apart at the same et the bodies differ by
  // about a turn's excess of 0.9856 degrees.
  auto later = fr::pxform(ctx, "J2000", "BODYF3", kEt + 86400.0);
  auto now = fr::pxform(ctx, "J2000", "BODYF1", kEt);
  auto same_et = fr::pxform(ctx, "J2000", "BODYF3", kEt);
  REQUIRE(later.ok());
  REQUIRE(now.ok());
  REQUIRE(same_et.ok());
  CHECK(*later == *now);
  const sc::math::Mat3 turn = mul(*same_et, transpose(*now));
  const double angle = std::acos((turn[0][0] + turn[1][1] + turn[2][2] - 1.0) / 2.0) * 180.0 / kPiTest;
  CHECK(angle == doctest::Approx(0.9856235).epsilon(1e-4));

  CHECK(error_code(fr::pxform(ctx, "J2000", "BODYF4", kEt)) == "SPICE(INSUFFICIENTANGLES)");
  CHECK(error_code(fr::pxform(ctx, "J2000", "BODYF5", kEt)) == "SPICE(DEGREEOUTOFRANGE)");
  CHECK(error_code(fr::pxform(ctx, "J2000", "BODYF6", kEt)) == "SPICE(COMPETINGEPOCHSPEC)");
}

TEST_CASE("rates of text PCK frames with quadratic phase angles match finite differences") {
  // pck00011 gives the Mars system quadratic nutation-precession angles (BODY4_MAX_PHASE_DEGREE).
  sc::Context ctx(sc::io::map_host_file);
  REQUIRE(ctx.kernels().furnsh(kFixtures + "/kernels/pck/pck00011.tpc").ok());
  auto deg = sc::pool::gdpool(ctx.pool(), "BODY4_MAX_PHASE_DEGREE", 0, 1);
  REQUIRE(deg.ok());
  REQUIRE(*deg);
  CHECK((**deg)[0] == 2.0);
  for (const char* frame : {"IAU_PHOBOS", "IAU_DEIMOS", "IAU_MARS", "IAU_MOON", "IAU_IO"}) {
    const double h = 2.0;
    auto x = fr::sxform(ctx, "J2000", frame, kEt);
    auto before = fr::pxform(ctx, "J2000", frame, kEt - h);
    auto after = fr::pxform(ctx, "J2000", frame, kEt + h);
    REQUIRE_MESSAGE(x.ok(), frame << ": " << x.error().long_msg);
    REQUIRE(before.ok());
    REQUIRE(after.ok());
    for (int i = 0; i < 3; ++i) {
      for (int k = 0; k < 3; ++k) {
        const double numeric = ((*after)[i][k] - (*before)[i][k]) / (2 * h);
        CHECK_MESSAGE(std::fabs((*x)[i + 3][k] - numeric) < 1e-11, frame);
      }
    }
  }
}
