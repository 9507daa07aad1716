// The longitude solver (ZZGFLONG, core/gf/quantities/longitude_solver) through gfposc on the
// Moon seen from the Earth (DE430 excerpt, 2015-03-02 .. 07, when its J2000 longitude runs from
// 1.79 to 2.76 rad): the window ends are where the coordinate, computed independently from
// spkezp, equals the reference value; the relation holds inside; right ascension and longitude
// agree where they coincide; and CSPICE's special cases (reference value on the branch cut, an
// adjustment with an inequality).
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "bodies/planetographic.hpp"
#include "context.hpp"
#include "fixtures.hpp"
#include "geometry/states.hpp"
#include "gf/quantities/coordinate.hpp"
#include "io/host_file_reader.hpp"
#include "math/constants.hpp"
#include "math/latitudinal.hpp"

using sc::gf::FlatWindow;
using sc_test::ok;

namespace {

constexpr double kStart = 478400000.0;
constexpr double kStop = 478800000.0;

sc::Context moon_context() {
  sc::Context ctx(sc::io::map_host_file);
  for (const char* k : {"lsk/naif0012.tls", "pck/pck00010.tpc", "spk/de430-2015-03-02.bsp"}) {
    ok(ctx.kernels().furnsh(sc_test::kFixturesDir + "/kernels/" + k));
  }
  return ctx;
}

FlatWindow search(const sc::Context& ctx, std::string_view frame, std::string_view sys, std::string_view crd,
                  std::string_view rel, double refval, double adjust = 0.0) {
  const FlatWindow cnfine{kStart, kStop};
  return ok(sc::gf::gfposc(ctx, "MOON", frame, "NONE", "EARTH", sys, crd, rel, refval, adjust, 3600.0, 100, cnfine));
}

double j2000_longitude(const sc::Context& ctx, double et) {
  const auto p = ok(sc::geometry::spkezp(ctx, 301, et, "J2000", "NONE", 399));
  return sc::math::reclat(p.pos).lon;
}

double planetographic_longitude(const sc::Context& ctx, double et) {
  const auto p = ok(sc::geometry::spkezp(ctx, 301, et, "IAU_EARTH", "NONE", 399));
  const double re = 6378.1366, f = (6378.1366 - 6356.7519) / 6378.1366;
  return ok(sc::bodies::recpgr(ctx.pool(), ctx.body_names(), "EARTH", p.pos, re, f)).lon;
}

}  // namespace

TEST_CASE("longitude '=', '<' and '>': the ends are where the longitude equals the reference value") {
  const sc::Context ctx = moon_context();
  const double ref = 2.0;
  const FlatWindow eq = search(ctx, "J2000", "LATITUDINAL", "LONGITUDE", "=", ref);
  REQUIRE(eq.size() == 2);
  CHECK(eq[0] == eq[1]);
  // ~2.7e-6 rad/s: a microsecond is well under 1e-10 rad.
  CHECK(std::fabs(j2000_longitude(ctx, eq[0]) - ref) < 1e-10);

  const FlatWindow lt = search(ctx, "J2000", "LATITUDINAL", "LONGITUDE", "<", ref);
  const FlatWindow gt = search(ctx, "J2000", "LATITUDINAL", "LONGITUDE", ">", ref);
  CHECK(lt == FlatWindow{kStart, eq[0]});
  CHECK(gt == FlatWindow{eq[0], kStop});
  CHECK(j2000_longitude(ctx, (kStart + eq[0]) / 2) < ref);
  CHECK(j2000_longitude(ctx, (eq[0] + kStop) / 2) > ref);

  // Spherical longitude is latitudinal longitude; right ascension equals it in (0, pi).
  CHECK(search(ctx, "J2000", "SPHERICAL", "LONGITUDE", ">", ref) == gt);
  const FlatWindow ra = search(ctx, "J2000", "RA/DEC", "RIGHT ASCENSION", "<", ref);
  REQUIRE(ra.size() == 2);
  CHECK(std::fabs(ra[1] - eq[0]) < 1e-5);
}

TEST_CASE("planetographic longitude (IAU_EARTH): each end on the reference value or the cut, below it inside") {
  const sc::Context ctx = moon_context();
  const double ref = 2.0;
  const FlatWindow lt = search(ctx, "IAU_EARTH", "PLANETOGRAPHIC", "LONGITUDE", "<", ref);
  REQUIRE(sc::gf::wncard(lt) >= 4);  // the Earth turns under the Moon about once a day
  for (std::size_t i = 0; i < lt.size(); ++i) {
    if (lt[i] == kStart || lt[i] == kStop) continue;
    // The Moon drifts west over the Earth at ~7e-5 rad/s: each interval starts where the longitude
    // falls through the reference value and ends where it wraps from 0 to 2 pi.
    const double lon = planetographic_longitude(ctx, lt[i]);
    if (i % 2 == 0) {
      CHECK(std::fabs(lon - ref) < 1e-8);
    } else {
      CHECK(std::fabs(std::remainder(lon, sc::math::twopi())) < 1e-8);
    }
  }
  for (std::size_t i = 0; i < sc::gf::wncard(lt); ++i) {
    CHECK(planetographic_longitude(ctx, (lt[2 * i] + lt[2 * i + 1]) / 2) < ref);
  }
}

TEST_CASE("absolute extrema of longitude, with and without an adjustment") {
  const sc::Context ctx = moon_context();
  // Longitude only grows over the window: its maximum is at the end.
  CHECK(search(ctx, "J2000", "LATITUDINAL", "LONGITUDE", "ABSMAX", 0.0) == FlatWindow{kStop, kStop});
  CHECK(search(ctx, "J2000", "LATITUDINAL", "LONGITUDE", "ABSMIN", 0.0) == FlatWindow{kStart, kStart});
  const FlatWindow near_max = search(ctx, "J2000", "LATITUDINAL", "LONGITUDE", "ABSMAX", 0.0, 0.1);
  REQUIRE(near_max.size() == 2);
  CHECK(near_max[1] == kStop);
  CHECK(std::fabs(j2000_longitude(ctx, near_max[0]) - (j2000_longitude(ctx, kStop) - 0.1)) < 1e-10);
  CHECK(search(ctx, "J2000", "LATITUDINAL", "LONGITUDE", "LOCMAX", 0.0).empty());
}

TEST_CASE("longitude: the branch cut and CSPICE's argument checks") {
  const sc::Context ctx = moon_context();
  // A reference value on the cut makes the inequality always or never true.
  CHECK(search(ctx, "J2000", "LATITUDINAL", "LONGITUDE", "<", sc::math::pi()) == FlatWindow{kStart, kStop});
  CHECK(search(ctx, "J2000", "LATITUDINAL", "LONGITUDE", ">", sc::math::pi()).empty());
  CHECK(search(ctx, "J2000", "RA/DEC", "RIGHT ASCENSION", "<", 0.0).empty());
  CHECK(search(ctx, "J2000", "CYLINDRICAL", "LONGITUDE", ">", 0.0) == FlatWindow{kStart, kStop});
  const FlatWindow cnfine{kStart, kStop};
  CHECK(sc_test::error_code(sc::gf::gfposc(ctx, "MOON", "J2000", "NONE", "EARTH", "LATITUDINAL", "LONGITUDE", "<",
                                           1.0, 0.5, 3600.0, 100, cnfine)) == "SPICE(INVALIDVALUE)");
  CHECK(sc_test::error_code(sc::gf::gfposc(ctx, "MOON", "J2000", "NONE", "EARTH", "LATITUDINAL", "LONGITUDE", "<",
                                           1.0, -0.5, 3600.0, 100, cnfine)) == "SPICE(VALUEOUTOFRANGE)");
}
