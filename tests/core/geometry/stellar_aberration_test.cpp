// Stellar aberration (core/geometry/stellar_aberration): STELAB's rotation and the ZZSTELAB offset
// and rate on synthetic input.
#include <doctest/doctest.h>

#include <cmath>

#include "geometry/speed_of_light.hpp"
#include "geometry/stellar_aberration.hpp"
#include "json.hpp"
#include "math/vector_ops.hpp"

namespace {

using sc::math::Vec3;

}  // namespace

TEST_CASE("stelab: rotation towards the observer velocity by asin(|v_perp|/c)") {
  using namespace sc::geometry;
  using namespace sc::math;
  const Vec3 pobj{1.0e8, 0.0, 0.0};
  const Vec3 vobs{0.0, 30.0, 0.0};  // perpendicular: sin(phi) = 30/c
  auto app = stelab(pobj, vobs);
  REQUIRE(app.ok());
  const double phi = std::asin(30.0 / kClight);
  CHECK((*app)[0] == doctest::Approx(1.0e8 * std::cos(phi)).epsilon(1e-15));
  CHECK((*app)[1] == doctest::Approx(1.0e8 * std::sin(phi)).epsilon(1e-14));
  CHECK(vnorm(*app) == doctest::Approx(1.0e8).epsilon(1e-15));
  CHECK((*app)[1] > 0.0);  // shifted towards +y, the direction of motion
  CHECK((*app)[2] == 0.0);

  auto sent = stlabx(pobj, vobs);  // transmission: the opposite shift
  REQUIRE(sent.ok());
  CHECK((*sent)[1] == doctest::Approx(-(*app)[1]).epsilon(1e-15));

  // Motion along the line of sight: no correction at all.
  auto along = stelab(pobj, Vec3{25.0, 0.0, 0.0});
  REQUIRE(along.ok());
  CHECK(*along == pobj);

  auto too_fast = stelab(pobj, Vec3{0.0, 2.0 * kClight, 0.0});
  REQUIRE_FALSE(too_fast.ok());
  CHECK(too_fast.error().short_code == "SPICE(VALUEOUTOFRANGE)");
}

TEST_CASE("stellar aberration offset and rate (ZZSTELAB)") {
  using namespace sc::geometry;
  using namespace sc::math;
  const Vec3 acc{-5.9e-6, 1.1e-6, 3.0e-7};
  const Vec3 vobs{-10.6, -25.8, -11.2};
  const State starg{-1.4e5, 3.56e5, 1.155e5, -0.93, -0.29, -0.11};

  auto sc_now = stellar_correction(false, acc, vobs, starg);
  REQUIRE(sc_now.ok());

  // The offset moves the position where STELAB moves it (two formulations of one rotation).
  auto app = stelab(position_of(starg), vobs);
  REQUIRE(app.ok());
  const Vec3 corrected = vadd(sc_now->dpos, position_of(starg));
  for (int i = 0; i < 3; ++i) CHECK(corrected[i] == doctest::Approx((*app)[i]).epsilon(1e-13));

  // The analytic rate agrees with a central difference of the offset along the linear motion of
  // the observer (velocity + acc*t) and the target (position + velocity*t).
  const double h = 10.0;
  auto offset_at = [&](double t) {
    const Vec3 v = vlcom(1.0, vobs, t, acc);
    const Vec3 p = vlcom(1.0, position_of(starg), t, velocity_of(starg));
    auto s = stellar_correction(false, acc, v, make_state(p, velocity_of(starg)));
    REQUIRE(s.ok());
    return s->dpos;
  };
  const Vec3 numeric = vscl(1.0 / (2.0 * h), vsub(offset_at(h), offset_at(-h)));
  for (int i = 0; i < 3; ++i) {
    CAPTURE(i);
    CHECK(std::fabs(sc_now->dvel[i] - numeric[i]) <= 1e-6 * std::fabs(numeric[i]) + 1e-12);
  }

  // Transmission reverses the observer's motion: the offset flips (to first order).
  auto sent = stellar_correction(true, acc, vobs, starg);
  REQUIRE(sent.ok());
  for (int i = 0; i < 3; ++i) CHECK(sent->dpos[i] == doctest::Approx(-sc_now->dpos[i]).epsilon(1e-3));

  // A slow observer (sin(phi) ~ 1e-7 < 1e-6) takes the numeric branch; its rate must agree with
  // the analytic formula, which is still accurate at this speed.
  const Vec3 slow{0.01, 0.02, -0.015};
  auto numeric_branch = stellar_correction(false, acc, slow, starg);
  REQUIRE(numeric_branch.ok());
  auto offset_slow = [&](double t) {
    auto s = stellar_correction(false, acc, vlcom(1.0, slow, t, acc),
                                make_state(vlcom(1.0, position_of(starg), t, velocity_of(starg)), velocity_of(starg)));
    REQUIRE(s.ok());
    return s->dpos;
  };
  const Vec3 slow_numeric = vscl(1.0 / (2.0 * h), vsub(offset_slow(h), offset_slow(-h)));
  for (int i = 0; i < 3; ++i) {
    CAPTURE(i);
    CHECK(std::fabs(numeric_branch->dvel[i] - slow_numeric[i]) <= 1e-6 * std::fabs(slow_numeric[i]) + 1e-13);
  }

  // An observer at rest relative to the SSB (for example the SSB itself): no offset, and the
  // rate comes from the numeric branch (sin(phi) < 1e-6), driven by the acceleration only.
  auto at_rest = stellar_correction(false, Vec3{0.0, 0.0, 0.0}, Vec3{0.0, 0.0, 0.0}, starg);
  REQUIRE(at_rest.ok());
  CHECK(vzero(at_rest->dpos));
  CHECK(vzero(at_rest->dvel));
}
