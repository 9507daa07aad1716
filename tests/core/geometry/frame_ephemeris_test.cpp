// The geometry layer's ephemeris for dynamic frames (core/geometry/frame_ephemeris): SpkEphemeris
// answers what spkez/spkezp/spkssb answer, and pxform/sxform/pxfrm2 here are the frames layer's
// with it attached (identical matrices for frames that need no ephemeris).
#include <doctest/doctest.h>

#include "context.hpp"
#include "frame_kernels.hpp"
#include "frames/frames_api.hpp"
#include "geometry/frame_ephemeris.hpp"
#include "geometry/geometric.hpp"
#include "geometry/output_frame.hpp"
#include "geometry/states.hpp"

using sc_test::context_with;
using sc_test::kEt;

TEST_CASE("SpkEphemeris: the spkezr family's answers, at any recursion level for frames that need none") {
  const sc::Context ctx = context_with("");
  const sc::geometry::SpkEphemeris eph(ctx);
  for (int level : {0, 1, 2}) {
    auto s = eph.state(301, kEt, "IAU_EARTH", "LT+S", 399, level);
    auto want = sc::geometry::spkez(ctx, 301, kEt, "IAU_EARTH", "LT+S", 399);
    REQUIRE(s.ok());
    REQUIRE(want.ok());
    CHECK(s->state == want->state);
    CHECK(s->lt == want->lt);
    auto p = eph.position(10, kEt, "J2000", "CN", 399, level);
    auto wantp = sc::geometry::spkezp(ctx, 10, kEt, "J2000", "CN", 399);
    REQUIRE(p.ok());
    REQUIRE(wantp.ok());
    CHECK(p->pos == wantp->pos);
  }
  auto ssb = eph.ssb_state(399, kEt);
  auto want = sc::geometry::ssb_state_in(ctx, 399, kEt, sc::geometry::j2000_frame());
  REQUIRE(ssb.ok());
  REQUIRE(want.ok());
  CHECK(*ssb == *want);
  CHECK(eph.env(1).level == 1);
  CHECK(eph.env().ephemeris == &eph);
}

TEST_CASE("geometry pxform/sxform/pxfrm2: the frames layer's matrices where no ephemeris is needed") {
  const sc::Context ctx = context_with("");
  CHECK(*sc::geometry::pxform(ctx, "J2000", "IAU_MOON", kEt) == *sc::frames::pxform(ctx, "J2000", "IAU_MOON", kEt));
  CHECK(*sc::geometry::sxform(ctx, "MOON_ME", "IAU_EARTH", kEt) ==
        *sc::frames::sxform(ctx, "MOON_ME", "IAU_EARTH", kEt));
  CHECK(*sc::geometry::pxfrm2(ctx, "IAU_EARTH", "J2000", kEt, kEt + 60) ==
        *sc::frames::pxfrm2(ctx, "IAU_EARTH", "J2000", kEt, kEt + 60));
  CHECK(sc::geometry::pxform(ctx, "J2000", "NOPE", kEt).error().short_code == "SPICE(UNKNOWNFRAME)");
}
