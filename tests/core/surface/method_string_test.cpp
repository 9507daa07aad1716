// ZZPRSMET's grammar (core/surface/method_string): shapes, clauses in any order, the legacy
// ellipsoid strings and ZZPRSMET's quirks, surface lists, and its errors.
#include <doctest/doctest.h>

#include "context.hpp"
#include "surface/method_string.hpp"

using sc::surface::MethodSpec;
using sc::surface::parse_method;
using sc::surface::ShapeKind;

namespace {

std::string code_of(const sc::Result<MethodSpec>& r) { return r.ok() ? "ok" : r.error().short_code; }

}  // namespace

TEST_CASE("ellipsoid methods: legacy strings, modern clauses, case and blanks") {
  sc::Context ctx;
  auto near = parse_method(ctx, 301, " near point : Ellipsoid ");
  REQUIRE(near.ok());
  CHECK(near->shape == ShapeKind::Ellipsoid);
  CHECK(near->subtype == "NEAR POINT");
  auto nadir = parse_method(ctx, 301, "ellipsoid/ nadir");
  REQUIRE(nadir.ok());
  CHECK(nadir->subtype == "NADIR");
  auto intercept = parse_method(ctx, 301, "Intercept: ellipsoid");
  REQUIRE(intercept.ok());
  CHECK(intercept->subtype == "INTERCEPT");
  auto plain = parse_method(ctx, 301, "ELLIPSOID");
  REQUIRE(plain.ok());
  CHECK(plain->subtype.empty());
  auto limb = parse_method(ctx, 301, "tangent/ELLIPSOID/umbral");
  REQUIRE(limb.ok());
  CHECK(limb->point_definition == "TANGENT");
  CHECK(limb->terminator_type == "UMBRAL");
  // ZZPRSMET's quirk: "NEAR POINT" mixed with other clauses is refused (only the legacy forms have it).
  CHECK(code_of(parse_method(ctx, 301, "UMBRAL/NEAR POINT/ELLIPSOID")) == "SPICE(BADMETHODSYNTAX)");
}

TEST_CASE("DSK methods: priority, sub-point type, surface lists") {
  sc::Context ctx;
  auto m = parse_method(ctx, 2099942, "INTERCEPT/DSK/UNPRIORITIZED/SURFACES = 7, \"12\", -3");
  REQUIRE(m.ok());
  CHECK(m->shape == ShapeKind::Dsk);
  CHECK(m->subtype == "INTERCEPT");
  CHECK_FALSE(m->prioritized);
  CHECK(m->surfaces == std::vector<int>{7, 12, -3});
  auto any = parse_method(ctx, 2099942, "dsk/unprioritized/nadir");
  REQUIRE(any.ok());
  CHECK(any->surfaces.empty());
  CHECK(any->subtype == "NADIR");
}

TEST_CASE("method errors in ZZPRSMET's terms") {
  sc::Context ctx;
  CHECK(code_of(parse_method(ctx, 301, "BOGUS")) == "SPICE(BADMETHODSYNTAX)");
  CHECK(code_of(parse_method(ctx, 301, "ELLIPSOID/DSK")) == "SPICE(BADMETHODSYNTAX)");
  CHECK(code_of(parse_method(ctx, 301, "BOGUS/ELLIPSOID")) == "SPICE(BADMETHODSYNTAX)");
  CHECK(code_of(parse_method(ctx, 301, "INTERCEPT/ELLIPSOID/UNPRIORITIZED")) == "SPICE(BADMETHODSYNTAX)");
  CHECK(code_of(parse_method(ctx, 301, "NEAR POINT/DSK/UNPRIORITIZED")) == "SPICE(BADMETHODSYNTAX)");
  CHECK(code_of(parse_method(ctx, 301, "INTERCEPT/DSK")) == "SPICE(BADPRIORITYSPEC)");
  CHECK(code_of(parse_method(ctx, 301, "DSK/PRIORITIZED")) == "SPICE(BADMETHODSYNTAX)");
  CHECK(code_of(parse_method(ctx, 301, "INTERCEPT/DSK/UNPRIORITIZED/SURFACES =")) == "SPICE(BADMETHODSYNTAX)");
  CHECK(code_of(parse_method(ctx, 301, "DSK/UNPRIORITIZED/SURFACES = NOT_A_SURFACE")) == "SPICE(IDCODENOTFOUND)");
  CHECK(code_of(parse_method(ctx, 301, "DSK/UNPRIORITIZED/SURFACES 1")) == "SPICE(BADMETHODSYNTAX)");
  CHECK(code_of(parse_method(ctx, 301, "DSK/UNPRIORITIZED/UNPRIORITIZED")) == "SPICE(BADMETHODSYNTAX)");
  CHECK(code_of(parse_method(ctx, 301, "DSK/UNPRIORITIZED/SURFACES = \"x")) == "SPICE(SYNTAXERROR)");
}
