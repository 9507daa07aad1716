// Surface names (core/bodies/surface_names): CSPICE's rules for NAIF_SURFACE_NAME / _CODE / _BODY
// (ZZSRFTRN, ZZSRFINI): case and blanks, one table per body, the last assignment wins, masked
// codes, integer strings, and ZZSRFKER's errors for a malformed table.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "bodies/surface_names.hpp"
#include "pool/pool.hpp"

using namespace sc;
using bodies::BodyNames;
using pool::Pool;
using pool::Variable;
using pool::VarType;

namespace {

void put(Pool& pool, const std::string& name, std::vector<double> values) {
  Variable v;
  v.numbers = std::move(values);
  REQUIRE(pool.put(name, std::move(v)).ok());
}

void put(Pool& pool, const std::string& name, std::vector<std::string> values) {
  Variable v;
  v.type = VarType::Character;
  v.strings = std::move(values);
  REQUIRE(pool.put(name, std::move(v)).ok());
}

Pool table(std::vector<std::string> names, std::vector<double> codes, std::vector<double> bodies) {
  Pool pool;
  put(pool, "NAIF_SURFACE_NAME", std::move(names));
  put(pool, "NAIF_SURFACE_CODE", std::move(codes));
  put(pool, "NAIF_SURFACE_BODY", std::move(bodies));
  return pool;
}

}  // namespace

TEST_CASE("names compare without case, leading blanks or repeated interior blanks; each body has its own") {
  const Pool pool = table({"Mars MEGDR 128 PIXEL/DEG", "Phobos GASKELL Q512", "apophis_orx_g_25m"},
                          {1, 2, 425000001}, {499, 401, 2099942});
  CHECK(bodies::surface_code(pool, "  mars  megdr 128 pixel/deg ", 499) == 1);
  CHECK(bodies::surface_code(pool, "MARSMEGDR 128 PIXEL/DEG", 499) == std::nullopt);  // a blank is not nothing
  CHECK(bodies::surface_code(pool, "Mars MEGDR 128 PIXEL/DEG", 401) == std::nullopt);
  CHECK(bodies::surface_code(pool, "APOPHIS_ORX_G_25M", 2099942) == 425000001);
  CHECK(bodies::surface_name(pool, 2, 401) == "Phobos GASKELL Q512");  // as the kernel spells it
  CHECK(bodies::surface_name(pool, 2, 499) == std::nullopt);
  CHECK(bodies::surface_code(Pool{}, "ANY", 499) == std::nullopt);
}

TEST_CASE("the last assignment wins; a code whose name a later entry took over has no name") {
  // "A" is 1 then 2: name -> 2. Code 1's only name is masked, so code 1 has none; code 3 is named
  // twice, the later name wins.
  const Pool pool = table({"A", "B", "a", "C", "D"}, {1, 3, 2, 3, 3}, {10, 10, 10, 10, 20});
  CHECK(bodies::surface_code(pool, "A", 10) == 2);
  CHECK(bodies::surface_name(pool, 2, 10) == "a");
  CHECK(bodies::surface_name(pool, 1, 10) == std::nullopt);
  CHECK(bodies::surface_name(pool, 3, 10) == "C");
  CHECK(bodies::surface_code(pool, "B", 10) == 3);
  CHECK(bodies::surface_name(pool, 3, 20) == "D");
}

TEST_CASE("srfs2c/srfscc accept integer strings (NPARSI), srfc2s/srfcss fall back to the code's digits") {
  const Pool pool = table({"MY SURFACE"}, {7}, {499});
  const BodyNames names;
  CHECK(*bodies::srfs2c(pool, names, "my surface", "MARS") == 7);
  CHECK(*bodies::srfs2c(pool, names, "my surface", "499") == 7);
  CHECK(*bodies::srfs2c(pool, names, " 12 ", "MARS") == 12);
  CHECK(*bodies::srfs2c(pool, names, "12.9", "MARS") == 12);  // NPARSI truncates
  CHECK(*bodies::srfs2c(pool, names, "1e3", "MARS") == 1000);
  CHECK(*bodies::srfs2c(pool, names, "OTHER", "MARS") == std::nullopt);
  CHECK(*bodies::srfs2c(pool, names, "12", "NO SUCH BODY") == std::nullopt);  // no body: not found at all
  CHECK(*bodies::srfscc(pool, "MY SURFACE", 499) == 7);
  CHECK(*bodies::srfscc(pool, "3000000000", 499) == std::nullopt);
  const auto named = bodies::srfc2s(pool, 7, 499);
  CHECK((named->srfstr == "MY SURFACE" && named->isname));
  const auto digits = bodies::srfc2s(pool, -8, 499);
  CHECK((digits->srfstr == "-8" && !digits->isname));
  CHECK(bodies::srfcss(pool, names, 7, "mars")->srfstr == "MY SURFACE");
  CHECK(bodies::srfcss(pool, names, 7, "NO SUCH BODY")->srfstr == "7");
  CHECK(bodies::srfs2c(pool, names, "", "MARS").error().short_code == "SPICE(EMPTYSTRING)");
  CHECK(bodies::srfs2c(pool, names, "X", "").error().short_code == "SPICE(EMPTYSTRING)");
  CHECK(bodies::srfcss(pool, names, 1, "").error().short_code == "SPICE(EMPTYSTRING)");
}

TEST_CASE("a malformed table: ZZSRFKER's errors") {
  const BodyNames names;
  auto code = [&](const Pool& pool) { return bodies::srfs2c(pool, names, "X", "MARS").error().short_code; };
  Pool partial;
  put(partial, "NAIF_SURFACE_NAME", std::vector<std::string>{"X"});
  CHECK(code(partial) == "SPICE(BADSURFACEMAP)");
  Pool types = table({"X"}, {1}, {499});
  put(types, "NAIF_SURFACE_CODE", std::vector<std::string>{"1"});
  CHECK(code(types) == "SPICE(BADVARIABLETYPE)");
  CHECK(code(table({"X", "Y"}, {1}, {499, 499})) == "SPICE(ARRAYSIZEMISMATCH)");
  CHECK(code(table({"X", "  "}, {1, 2}, {499, 499})) == "SPICE(BLANKNAMEASSIGNED)");
  CHECK(bodies::surface_code(table({"X", "  "}, {1, 2}, {499, 499}), "X", 499) == std::nullopt);
}
