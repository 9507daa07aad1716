// Planes, ellipses and the ellipsoid primitives SURFPT, EDLIMB, NPEDLN (core/math/planes,
// ellipses, ellipsoid_*): CSPICE's answers in geometry2.json (surfpt, surfnm, edlimb, npedln,
// nplnpt, inrypl, el2cgv; bit-identical counts reported), and properties where the golden file is
// silent: round trips between the plane forms, points that lie on the plane or the ellipsoid,
// orthogonal semi-axes.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdio>

#include "golden_fixture.hpp"
#include "math/ellipses.hpp"
#include "math/ellipsoid.hpp"
#include "math/planes.hpp"

namespace {

using namespace sc::math;
using sc_test::Golden;
using sc_test::Json;

Vec3 vec3(const Json& j) { return {j[0].number(), j[1].number(), j[2].number()}; }
Plane plane_of(const Json& j) { return Plane{vec3(j["normal"]), j["constant"].number()}; }

std::string close3(const Vec3& got, const Json& want, const Golden& g, int& identical) {
  if (!sc_test::close_all(got, want, g)) return "got " + sc_test::show(got) + " want " + want.string();
  identical += got == vec3(want);
  return "";
}

double on_ellipsoid(const Vec3& x, double a, double b, double c) {
  return (x[0] / a) * (x[0] / a) + (x[1] / b) * (x[1] / b) + (x[2] / c) * (x[2] / c);
}

}  // namespace

TEST_CASE("geometry2.json: surfpt surfnm edlimb npedln nplnpt inrypl el2cgv give CSPICE's answers") {
  const Golden g = sc_test::read_golden("geometry2.json");
  int identical = 0;
  int compared = 0;
  const auto stats = sc_test::run_golden(g, [&](const Json& c) -> std::optional<std::string> {
    const std::string& call = c["call"].string();
    const auto& a = c["args"];
    // Answers with values are counted (error cases are checked, not counted).
    const bool valued = call == "surfpt" || call == "surfnm" || call == "edlimb" || call == "npedln" ||
                        call == "nplnpt" || call == "inrypl";
    if (valued && !c.has("error")) ++compared;
    if (call == "surfpt") {
      return sc_test::expect_result(surfpt(vec3(a[0]), vec3(a[1]), a[2].number(), a[3].number(), a[4].number()), c,
                                    [&](const std::optional<Vec3>& p) -> std::string {
                                      const bool want = std::get<bool>(c["expect"]["found"].v);
                                      if (p.has_value() != want) return "found differs";
                                      return p ? close3(*p, c["expect"]["point"], g, identical) : (++identical, "");
                                    });
    }
    if (call == "surfnm") {
      return sc_test::expect_result(surfnm(a[0].number(), a[1].number(), a[2].number(), vec3(a[3])), c,
                                    [&](const Vec3& n) { return close3(n, c["expect"], g, identical); });
    }
    if (call == "edlimb") {
      return sc_test::expect_result(
          edlimb(a[0].number(), a[1].number(), a[2].number(), vec3(a[3]), Dialect::cspice_c), c,
          [&](const Ellipse& e) {
            int same = 0;
            std::string why = close3(e.center, c["expect"]["center"], g, same);
            if (why.empty()) why = close3(e.smajor, c["expect"]["semiMajor"], g, same);
            if (why.empty()) why = close3(e.sminor, c["expect"]["semiMinor"], g, same);
            identical += same == 3;
            return why;
          });
    }
    if (call == "npedln") {
      return sc_test::expect_result(
          npedln(a[0].number(), a[1].number(), a[2].number(), vec3(a[3]), vec3(a[4]), Dialect::cspice_c), c,
          [&](const PointAndDistance& r) -> std::string {
            int same = 0;
            std::string why = close3(r.pnear, c["expect"]["pnear"], g, same);
            if (why.empty() && !g.close(r.dist, c["expect"]["dist"].number())) why = "dist differs";
            identical += same == 1 && r.dist == c["expect"]["dist"].number();
            return why;
          });
    }
    if (call == "nplnpt") {
      return sc_test::expect_result(nplnpt(vec3(a[0]), vec3(a[1]), vec3(a[2]), Dialect::cspice_c), c,
                                    [&](const PointAndDistance& r) -> std::string {
                                      int same = 0;
                                      std::string why = close3(r.pnear, c["expect"]["pnear"], g, same);
                                      if (why.empty() && !g.close(r.dist, c["expect"]["dist"].number())) {
                                        why = "dist differs";
                                      }
                                      identical += same == 1 && r.dist == c["expect"]["dist"].number();
                                      return why;
                                    });
    }
    if (call == "inrypl") {
      return sc_test::expect_result(inrypl(vec3(a[0]), vec3(a[1]), plane_of(a[2])), c,
                                    [&](const RayPlaneIntersection& r) -> std::string {
                                      if (r.nxpts != static_cast<int>(c["expect"]["nxpts"].number())) {
                                        return "nxpts " + std::to_string(r.nxpts);
                                      }
                                      return close3(r.xpt, c["expect"]["xpt"], g, identical);
                                    });
    }
    if (call == "el2cgv") {
      // The Ellipse's members; the golden file checks that they come back unchanged.
      const Ellipse e{vec3(a[0]["center"]), vec3(a[0]["semiMajor"]), vec3(a[0]["semiMinor"])};
      if (e.center != vec3(c["expect"]["center"]) || e.smajor != vec3(c["expect"]["smajor"]) ||
          e.sminor != vec3(c["expect"]["sminor"])) {
        return std::string("members differ");
      }
      return std::string();
    }
    return std::nullopt;
  });
  CHECK(stats.run == 120);
  CHECK(stats.passed == stats.run);
  MESSAGE("geometry2.json planes/ellipses/ellipsoid: " << identical << " of " << compared << " answers bit-identical");
  CHECK(identical == compared);  // all 99 of them, as of this writing
}

TEST_CASE("plane forms round-trip and keep a non-negative constant") {
  const Vec3 n{0.3, -2.0, 0.5};
  const Vec3 p{-4.0, 1.0, 7.0};
  auto pl = nvp2pl(n, p);
  REQUIRE(pl.ok());
  CHECK(pl->constant >= 0.0);
  CHECK(vnorm(pl->normal) == doctest::Approx(1.0).epsilon(1e-15));
  CHECK(vdot(p, pl->normal) == doctest::Approx(pl->constant));
  const NormalAndPoint np = pl2nvp(*pl);
  CHECK(vdot(np.point, np.normal) == doctest::Approx(pl->constant));
  const PointAndSpans psv = pl2psv(*pl);
  CHECK(vdot(psv.span1, pl->normal) == doctest::Approx(0.0).epsilon(1e-15));
  CHECK(vdot(psv.span2, pl->normal) == doctest::Approx(0.0).epsilon(1e-15));
  CHECK(vdot(psv.span1, psv.span2) == doctest::Approx(0.0).epsilon(1e-15));
  auto back = psv2pl(psv.point, psv.span1, psv.span2);
  REQUIRE(back.ok());
  for (int i = 0; i < 3; ++i) CHECK(back->normal[i] == doctest::Approx(pl->normal[i]).epsilon(1e-14));
  CHECK(back->constant == doctest::Approx(pl->constant).epsilon(1e-14));
  auto nc = nvc2pl({0.0, 0.0, -2.0}, -4.0);
  REQUIRE(nc.ok());
  CHECK(nc->constant == 2.0);
  CHECK(nc->normal[2] == 1.0);
  CHECK(std::signbit(nc->normal[0]));  // VMINUS of +0: CSPICE's -0
  CHECK(nvc2pl({0, 0, 0}, 1.0).error().short_code == "SPICE(ZEROVECTOR)");
  CHECK(nvp2pl({0, 0, 0}, p).error().short_code == "SPICE(ZEROVECTOR)");
  CHECK(psv2pl(p, {1, 2, 3}, {2, 4, 6}).error().short_code == "SPICE(DEGENERATECASE)");
}

TEST_CASE("inrypl: the point is on the plane and the ray; vprjp/vprjpi invert each other") {
  const Plane pl = *nvc2pl({1.0, 2.0, 2.0}, 3.0);
  auto r = inrypl({10.0, 0.0, 0.0}, {-1.0, 0.1, -0.2}, pl);
  REQUIRE(r.ok());
  REQUIRE(r->nxpts == 1);
  CHECK(vdot(r->xpt, pl.normal) == doctest::Approx(pl.constant));
  auto away = inrypl({10.0, 0.0, 0.0}, {1.0, 0.0, 0.0}, pl);
  CHECK(away->nxpts == 0);
  CHECK(inrypl({1e308, 0, 0}, {1, 0, 0}, pl).error().short_code == "SPICE(VECTORTOOBIG)");
  const Vec3 v{3.0, -1.0, 4.0};
  auto prj = vprjp(v, pl);
  REQUIRE(prj.ok());
  CHECK(vdot(*prj, pl.normal) == doctest::Approx(pl.constant));
  const Plane other = *nvc2pl({0.0, 1.0, 3.0}, -1.0);
  auto inv = vprjpi(*prj, pl, other);
  REQUIRE(inv.ok());
  REQUIRE(inv->has_value());
  CHECK(vdot(**inv, other.normal) == doctest::Approx(other.constant));
  CHECK(vprjp(v, Plane{{0, 0, 2}, 1}).error().short_code == "SPICE(NONUNITNORMAL)");
  CHECK(vprjp(v, Plane{{0, 0, 2}, 1}, Dialect::cspice_c).ok());
}

TEST_CASE("ellipses: saelgv gives orthogonal semi-axes spanning the same ellipse; inelpl, inedpl, npelpt") {
  const Vec3 v1{1.0, 2.0, -0.5};
  const Vec3 v2{0.3, -1.0, 2.0};
  const Ellipse e = cgv2el({1.0, 1.0, 1.0}, v1, v2);
  CHECK(vdot(e.smajor, e.sminor) == doctest::Approx(0.0).epsilon(1e-14));
  CHECK(vnorm(e.smajor) >= vnorm(e.sminor));
  // |v1|^2 + |v2|^2 is invariant: the sum of the squared semi-axes.
  CHECK(vdot(e.smajor, e.smajor) + vdot(e.sminor, e.sminor) == doctest::Approx(vdot(v1, v1) + vdot(v2, v2)));
  // Cut by a plane through its center: two points, each on the plane.
  const Plane pl = *nvp2pl({0.2, 1.0, 0.1}, e.center);
  auto x = inelpl(e, pl);
  REQUIRE(x.ok());
  CHECK(x->nxpts == 2);
  CHECK(vdot(x->xpt1, pl.normal) == doctest::Approx(pl.constant));
  CHECK(vdot(x->xpt2, pl.normal) == doctest::Approx(pl.constant));
  CHECK(inelpl(Ellipse{{0, 0, 0}, {1, 0, 0}, {1, 1, 0}}, pl).error().short_code == "SPICE(INVALIDELLIPSE)");
  // The ellipsoid cut by a plane: points of the ellipse lie on both.
  auto cut = inedpl(3.0, 2.0, 1.0, *nvc2pl({1.0, 1.0, 1.0}, 1.0));
  REQUIRE(cut.ok());
  REQUIRE(cut->has_value());
  const Ellipse& c = **cut;
  for (double t : {0.0, 1.0, 2.5}) {
    const Vec3 q = vlcom3(1.0, c.center, std::cos(t), c.smajor, std::sin(t), c.sminor);
    CHECK(on_ellipsoid(q, 3.0, 2.0, 1.0) == doctest::Approx(1.0).epsilon(1e-14));
  }
  auto miss = inedpl(3.0, 2.0, 1.0, *nvc2pl({1.0, 1.0, 1.0}, 10.0));
  CHECK(!miss->has_value());
  CHECK(inedpl(0.0, 1.0, 1.0, *nvc2pl({1.0, 1.0, 1.0}, 1.0)).error().short_code == "SPICE(DEGENERATECASE)");
  // The nearest point of a circle to a point above its center's plane.
  auto np = npelpt({3.0, 0.0, 4.0}, Ellipse{{0, 0, 0}, {2, 0, 0}, {0, 2, 0}});
  REQUIRE(np.ok());
  CHECK(np->pnear[0] == doctest::Approx(2.0));
  CHECK(np->dist == doctest::Approx(std::sqrt(17.0)));
  // Projection onto a plane keeps the ellipse in it.
  auto pj = pjelpl(e, pl);
  REQUIRE(pj.ok());
  CHECK(vdot(pj->center, pl.normal) == doctest::Approx(pl.constant));
  CHECK(vdot(pj->smajor, pl.normal) == doctest::Approx(0.0).epsilon(1e-14));
}

TEST_CASE("surfpt, edlimb, npedln: intercepts on the surface, the limb tangent, SPICELIB's error codes") {
  auto hit = surfpt({10.0, 1.0, 0.5}, {-1.0, 0.0, 0.0}, 3.0, 2.0, 1.0);
  REQUIRE(hit.ok());
  REQUIRE(hit->has_value());
  CHECK(on_ellipsoid(**hit, 3.0, 2.0, 1.0) == doctest::Approx(1.0).epsilon(1e-15));
  CHECK((**hit)[0] > 0.0);
  // From inside, the ray exits.
  auto out = surfpt({0.0, 0.0, 0.0}, {0.0, 0.0, 1.0}, 3.0, 2.0, 1.0);
  CHECK((**out)[2] == 1.0);
  CHECK(surfpt({5, 0, 0}, {0, 0, 0}, 0, 1, 1).error().short_code == "SPICE(ZEROVECTOR)");
  // The limb: every point's normal is orthogonal to the line of sight.
  const Vec3 view{10.0, -4.0, 6.0};
  auto limb = edlimb(3.0, 2.0, 1.0, view);
  REQUIRE(limb.ok());
  for (double t : {0.3, 1.7, 4.0}) {
    const Vec3 q = vlcom3(1.0, limb->center, std::cos(t), limb->smajor, std::sin(t), limb->sminor);
    CHECK(on_ellipsoid(q, 3.0, 2.0, 1.0) == doctest::Approx(1.0).epsilon(1e-13));
    CHECK(vdot(*surfnm(3.0, 2.0, 1.0, q), vhat(vsub(q, view))) == doctest::Approx(0.0).epsilon(1e-13));
  }
  CHECK(edlimb(0.0, 2.0, 1.0, view).error().short_code == "SPICE(INVALIDAXISLENGTH)");
  CHECK(edlimb(0.0, 2.0, 1.0, view, Dialect::cspice_c).error().short_code == "SPICE(DEGENERATECASE)");
  CHECK(edlimb(3.0, 2.0, 1.0, {0.1, 0, 0}).error().short_code == "SPICE(DEGENERATECASE)");
  // A line that misses: the nearest point's normal is orthogonal to the line.
  const Vec3 dir{0.0, 1.0, 0.2};
  auto near = npedln(3.0, 2.0, 1.0, {5.0, 0.0, 0.0}, dir);
  REQUIRE(near.ok());
  CHECK(near->dist > 0.0);
  CHECK(on_ellipsoid(near->pnear, 3.0, 2.0, 1.0) == doctest::Approx(1.0).epsilon(1e-13));
  CHECK(vdot(*surfnm(3.0, 2.0, 1.0, near->pnear), vhat(dir)) == doctest::Approx(0.0).epsilon(1e-12));
  CHECK(npedln(3.0, 2.0, 1.0, {5.0, 0.0, 0.0}, {0, 0, 0}).error().short_code == "SPICE(ZEROVECTOR)");
  CHECK(npedln(0.0, 2.0, 1.0, {5.0, 0.0, 0.0}, dir).error().short_code == "SPICE(INVALIDAXISLENGTH)");
}
