// Aberration-correction strings (core/geometry/abcorr): case, blanks and CSPICE's two parsers.
#include <doctest/doctest.h>

#include "geometry/abcorr.hpp"
#include "json.hpp"

TEST_CASE("aberration correction strings: case, blanks and CSPICE's two parsers") {
  using sc::geometry::parse_abcorr;
  using sc::geometry::parse_position_abcorr;

  auto xcn_s = parse_abcorr(" x cn + s ");
  REQUIRE(xcn_s.ok());
  CHECK(xcn_s->light_time);
  CHECK(xcn_s->converged);
  CHECK(xcn_s->stellar);
  CHECK(xcn_s->transmission);
  CHECK_FALSE(xcn_s->geometric);

  auto none = parse_abcorr("none");
  REQUIRE(none.ok());
  CHECK(none->geometric);
  CHECK_FALSE(none->light_time);

  auto lt = parse_abcorr("Lt");
  REQUIRE(lt.ok());
  CHECK(lt->light_time);
  CHECK_FALSE(lt->converged);
  CHECK_FALSE(lt->stellar);
  CHECK_FALSE(lt->transmission);

  // Only the first five non-blank characters count.
  CHECK(parse_abcorr("XCN+SXYZ").ok());
  CHECK(sc::geometry::abcorr_key("  c n + s  ") == "CN+S");

  for (const char* bad : {"BOGUS", "", "   ", "LT+", "\tLT", "LTS"}) {
    auto r = parse_abcorr(bad);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().short_code == "SPICE(INVALIDOPTION)");
  }
  // Recognised by ZZPRSCOR but refused for states: relativistic and stellar-only corrections.
  for (const char* refused : {"RL", "XRL+S", "S", "XS"}) {
    auto r = parse_abcorr(refused);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().short_code == "SPICE(INVALIDOPTION)");
  }
  // The position path (SPKAPO) has its own code and does not know RL or S at all.
  for (const char* bad : {"BOGUS", "RL", "S"}) {
    auto r = parse_position_abcorr(bad);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().short_code == "SPICE(SPKINVALIDOPTION)");
  }
  CHECK(parse_position_abcorr("xlt+s")->transmission);

  CHECK(sc::geometry::abcorr_is_none(" N o n E "));
  CHECK_FALSE(sc::geometry::abcorr_is_none("NONEX"));
  CHECK_FALSE(sc::geometry::abcorr_is_none("NON"));
  CHECK(sc::geometry::abcorr_starts_with_x("  xcn"));
  CHECK_FALSE(sc::geometry::abcorr_starts_with_x("cn"));
}
