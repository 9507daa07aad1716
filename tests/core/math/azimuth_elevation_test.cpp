// Azimuth/elevation (core/math/azimuth_elevation): CSPICE's recazl and azlrec answers from
// observers.json (bit for bit), the sense flags, and DAZLDR against a finite difference.
#include <doctest/doctest.h>

#include <cmath>
#include <variant>

#include "golden_fixture.hpp"
#include "math/angles.hpp"
#include "math/azimuth_elevation.hpp"

namespace {

using namespace sc::math;
using sc_test::Golden;
using sc_test::Json;

bool flag(const Json& j) { return std::get<bool>(j.v); }
Vec3 vec3(const Json& j) { return {j[0].number(), j[1].number(), j[2].number()}; }

}  // namespace

TEST_CASE("recazl and azlrec give CSPICE's answers (observers.json)") {
  const Golden g = sc_test::read_golden("observers.json");
  int bit_identical = 0;
  const int n = sc_test::for_each_case(g, {"recazl", "azlrec"}, [&](const Json& c) {
    const auto& a = c["args"];
    if (c["call"].string() == "recazl") {
      const AzEl got = recazl(vec3(a[0]), flag(a[1]), flag(a[2]));
      const auto& e = c["expect"];
      CHECK(g.close(got.range, e["range"].number()));
      CHECK(g.close(got.az, e["az"].number()));
      CHECK(g.close(got.el, e["el"].number()));
      bit_identical += got.range == e["range"].number() && got.az == e["az"].number() && got.el == e["el"].number();
    } else {
      const Vec3 got = azlrec(a[0].number(), a[1].number(), a[2].number(), flag(a[3]), flag(a[4]));
      CHECK(sc_test::close_all(got, c["expect"], g));
      bit_identical += got == vec3(c["expect"]);
    }
  });
  CHECK(n == 68);
  CHECK(bit_identical == n);
}

TEST_CASE("the sense flags: clockwise azimuth is 2 pi minus counterclockwise, elevation changes sign") {
  const Vec3 v{1.0, 1.0, 1.0};
  const AzEl ccw = recazl(v, true, true);
  const AzEl cw = recazl(v, false, false);
  CHECK(ccw.az == doctest::Approx(kPi / 4));
  CHECK(cw.az == doctest::Approx(7 * kPi / 4));
  CHECK(cw.el == -ccw.el);
  // Azimuth 0 stays 0 in both senses; positive elevation is +z or -z.
  CHECK(recazl({1.0, 0.0, 0.0}, false, true).az == 0.0);
  CHECK(azlrec(1.0, 0.0, 0.5, true, false)[2] == doctest::Approx(-std::sin(0.5)));
}

TEST_CASE("dazldr is the derivative of recazl") {
  const Vec3 p{1000.0, -2000.0, 500.0};
  for (const bool azccw : {false, true}) {
    for (const bool elplsz : {false, true}) {
      auto j = dazldr(p[0], p[1], p[2], azccw, elplsz);
      REQUIRE(j.ok());
      const double h = 1e-3;
      for (int col = 0; col < 3; ++col) {
        Vec3 a = p;
        Vec3 b = p;
        a[static_cast<std::size_t>(col)] -= h;
        b[static_cast<std::size_t>(col)] += h;
        const AzEl ra = recazl(a, azccw, elplsz);
        const AzEl rb = recazl(b, azccw, elplsz);
        CHECK((*j)[0][col] == doctest::Approx((rb.range - ra.range) / (2 * h)).epsilon(1e-8));
        CHECK((*j)[1][col] == doctest::Approx((rb.az - ra.az) / (2 * h)).epsilon(1e-6));
        CHECK((*j)[2][col] == doctest::Approx((rb.el - ra.el) / (2 * h)).epsilon(1e-6));
      }
    }
  }
  CHECK(dazldr(0.0, 0.0, 3.0, true, true).error().short_code == "SPICE(POINTONZAXIS)");
}
