// Light time (core/geometry/light_time): lt is |position|/c, and velocities include d(lt)/dt and
// the aberration rate.
#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <string>

#include "context.hpp"
#include "geometry/speed_of_light.hpp"
#include "geometry/states.hpp"
#include "golden_fixture.hpp"
#include "json.hpp"
#include "math/vector_ops.hpp"

namespace {

using sc::math::Vec3;
using sc_test::Golden;
using sc_test::load_context;
using sc_test::read_golden;

}  // namespace

TEST_CASE("light time: lt is |position|/c, and velocities include d(lt)/dt and the aberration rate") {
  using namespace sc::geometry;
  using namespace sc::math;
  const Golden g = read_golden("spk-planets.json");
  const sc::Context ctx = load_context(g);
  const double et = 478460740.9830138;

  for (const char* corr : {"NONE", "LT", "CN", "XLT", "XCN", "LT+S", "CN+S", "XLT+S", "XCN+S"}) {
    CAPTURE(corr);
    auto s = spkezr(ctx, "MOON", et, "J2000", corr, "EARTH");
    REQUIRE(s.ok());
    const std::string c(corr);
    if (c.find("+S") == std::string::npos) {
      // Without stellar aberration the corrected position is exactly light time away.
      const Vec3 pos{s->state[0], s->state[1], s->state[2]};
      CHECK(vnorm(pos) / kClight == doctest::Approx(s->lt).epsilon(1e-15));
    }
    // The returned velocity is the time derivative of the returned position, checked with a
    // five-point stencil. The step has to be long: the light-time-corrected epoch et -+ lt is
    // rounded to a ulp of et (6e-8 s near 4.8e8 s), which moves the target by up to 1e-6 km, so
    // short differences are noise. At 1000 s the noise is ~1e-9 km/s and the truncation error
    // ~1e-12 km/s, while the terms under test are far larger (v_target * dlt ~ 3e-6 km/s, the
    // stellar aberration rate ~1e-5 km/s).
    const double h = 1000.0;
    std::array<std::array<double, 6>, 4> at{};
    const double offsets[4] = {-2.0 * h, -h, h, 2.0 * h};
    for (int k = 0; k < 4; ++k) {
      auto sk = spkezr(ctx, "MOON", et + offsets[k], "J2000", corr, "EARTH");
      REQUIRE(sk.ok());
      at[static_cast<std::size_t>(k)] = sk->state;
    }
    for (int i = 0; i < 3; ++i) {
      const double numeric = (at[0][i] - 8.0 * at[1][i] + 8.0 * at[2][i] - at[3][i]) / (12.0 * h);
      CHECK_MESSAGE(std::fabs(s->state[3 + i] - numeric) < 1e-8, c << " " << i << " " << s->state[3 + i] - numeric);
    }
  }

  // The positions (spkpos) agree with the states (spkezr) to well below a metre: CN differs in
  // its stopping rule only, stellar aberration in its formulation only.
  for (const char* corr : {"LT", "CN", "XCN+S", "LT+S"}) {
    CAPTURE(corr);
    auto s = spkezr(ctx, "MARS BARYCENTER", et, "ECLIPJ2000", corr, "EARTH");
    auto p = spkpos(ctx, "MARS BARYCENTER", et, "ECLIPJ2000", corr, "EARTH");
    REQUIRE(s.ok());
    REQUIRE(p.ok());
    for (int i = 0; i < 3; ++i) CHECK(std::fabs(p->pos[i] - s->state[i]) < 1e-3);
  }
}
