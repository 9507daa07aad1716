// States in an output frame (core/geometry/output_frame): spkezr in a rotating frame whose center
// is neither target nor observer, rotated at the light-time-corrected epoch.
#include <doctest/doctest.h>

#include "context.hpp"
#include "frame_kernels.hpp"
#include "frames/frames_api.hpp"
#include "geometry/states.hpp"
#include "golden_fixture.hpp"
#include "json.hpp"

namespace {

using sc_test::context_with;
using sc_test::kEt;

namespace fr = sc::frames;

}  // namespace

TEST_CASE("spkezr in a rotating frame whose center is neither target nor observer") {
  // SUN seen from the MOON in IAU_EARTH: the J2000 apparent state, rotated at et minus the light
  // time from the Moon to the Earth, the derivative block scaled by 1 - d(lt)/dt.
  const sc::Context ctx = context_with("");
  for (const char* corr : {"LT", "CN+S", "XLT+S"}) {
    const bool xmit = corr[0] == 'X';
    auto s = sc::geometry::spkezr(ctx, "SUN", kEt, "IAU_EARTH", corr, "MOON");
    auto sj = sc::geometry::spkezr(ctx, "SUN", kEt, "J2000", corr, "MOON");
    REQUIRE_MESSAGE(s.ok(), s.error().long_msg);
    REQUIRE(sj.ok());
    auto lt_at = [&](double t) { return sc::geometry::spkezr(ctx, "EARTH", t, "J2000", corr, "MOON")->lt; };
    const double lt = lt_at(kEt);
    const double dlt = (lt_at(kEt + 1.0) - lt_at(kEt - 1.0)) / 2.0;
    const double sign = xmit ? 1.0 : -1.0;
    auto x = fr::sxform(ctx, "J2000", "IAU_EARTH", kEt + sign * lt);
    REQUIRE(x.ok());
    CHECK(s->lt == sj->lt);
    for (int i = 0; i < 3; ++i) {
      double p = 0, v = 0;
      for (int k = 0; k < 3; ++k) {
        p += (*x)[i][k] * sj->state[k];
        v += (1.0 + sign * dlt) * (*x)[i + 3][k] * sj->state[k] + (*x)[i][k] * sj->state[k + 3];
      }
      CHECK(s->state[i] == doctest::Approx(p).epsilon(1e-13));
      CHECK(s->state[i + 3] == doctest::Approx(v).epsilon(1e-11));
    }
    // The position path (spkpos: SPKAPO, REFCHG) agrees with the state path.
    auto pos = sc::geometry::spkpos(ctx, "SUN", kEt, "IAU_EARTH", corr, "MOON");
    REQUIRE(pos.ok());
    for (int i = 0; i < 3; ++i) CHECK(pos->pos[i] == doctest::Approx(s->state[i]).epsilon(1e-9));
  }
  // Geometric states in rotating frames go through spkgeo, spkssb likewise.
  auto g = sc::geometry::spkgeo(ctx, 301, kEt, "IAU_EARTH", 399);
  auto gj = sc::geometry::spkgeo(ctx, 301, kEt, "J2000", 399);
  auto xg = fr::sxform(ctx, "J2000", "IAU_EARTH", kEt);
  REQUIRE(g.ok());
  REQUIRE(gj.ok());
  REQUIRE(xg.ok());
  for (int i = 0; i < 6; ++i) {
    double v = 0;
    for (int k = 0; k < 6; ++k) v += (*xg)[i][k] * gj->state[k];
    CHECK(g->state[i] == v);
  }
  auto ssb = sc::geometry::spkssb(ctx, 399, kEt, "IAU_MOON");
  REQUIRE(ssb.ok());
  CHECK(sc::geometry::spkezr(ctx, "EARTH", kEt, "NOT_A_FRAME", "LT", "MOON").error().short_code ==
        "SPICE(UNKNOWNFRAME)");
}
