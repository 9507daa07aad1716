// Body name <-> ID translation (bodn2c, bods2c, bodc2n, bodc2s, boddef). Expected values are
// CSPICE N0067's, from naif_ids.req, the CSPICE headers' examples and the golden ids.json.
#include <doctest/doctest.h>

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "bodies/body_names.hpp"
#include "bodies/builtin_body_table.hpp"
#include "pool/pool.hpp"

using sc::bodies::BodyNames;
using sc::pool::Pool;
using sc::pool::Variable;
using sc::pool::VarType;

namespace {

std::optional<int> n2c(const BodyNames& names, std::string_view name, const Pool& pool = {}) {
  return names.name_to_code(name, pool);
}

std::optional<int> s2c(const BodyNames& names, std::string_view s, const Pool& pool = {}) {
  return names.string_to_code(s, pool);
}

std::optional<std::string> c2n(const BodyNames& names, int code, const Pool& pool = {}) {
  return names.code_to_name(code, pool);
}

std::string c2s(const BodyNames& names, int code, const Pool& pool = {}) {
  return names.code_to_string(code, pool);
}

void define(BodyNames& names, std::string_view name, int code) {
  auto s = names.define(name, code);
  REQUIRE_MESSAGE(s.ok(), s.error().short_code);
}

Variable strings(std::vector<std::string> values) {
  Variable v;
  v.type = VarType::Character;
  v.strings = std::move(values);
  return v;
}

Variable numbers(std::vector<double> values) {
  Variable v;
  v.type = VarType::Numeric;
  v.numbers = std::move(values);
  return v;
}

// A pool holding NAIF_BODY_NAME / NAIF_BODY_CODE, as a text kernel would leave it.
Pool id_kernel(std::vector<std::string> body_names, std::vector<double> codes) {
  Pool pool;
  REQUIRE(pool.put("NAIF_BODY_NAME", strings(std::move(body_names))).ok());
  REQUIRE(pool.put("NAIF_BODY_CODE", numbers(std::move(codes))).ok());
  return pool;
}

}  // namespace

TEST_CASE("built-in table: CSPICE N0067's 692 mappings, in order, with unique names") {
  const auto table = sc::bodies::builtin_bodies();
  REQUIRE(table.size() == 692);
  CHECK(table.front().code == 0);
  CHECK(table.front().name == "SOLAR_SYSTEM_BARYCENTER");
  CHECK(table[186].name == "GEOTAIL");  // first spacecraft
  CHECK(table.back().code == 399069);
  CHECK(table.back().name == "DSS-69");
  std::set<std::string> keys;
  for (const auto& body : table) {
    CHECK(body.name.size() <= sc::bodies::kMaxNameLength);
    CHECK_MESSAGE(keys.insert(sc::bodies::normalize_body_name(body.name)).second, body.name);
  }
}

TEST_CASE("name normalisation: case, outer blanks and interior blank runs do not matter") {
  using sc::bodies::normalize_body_name;
  CHECK(normalize_body_name("  Jupiter    Barycenter ") == "JUPITER BARYCENTER");
  CHECK(normalize_body_name("   ") == "");
  CHECK(normalize_body_name("a\tb") == "A\tB");  // only ' ' is a blank to CSPICE
  // Compression happens before the cut at 36 characters.
  CHECK(normalize_body_name("x" + std::string(50, ' ') + "y") == "X Y");
  CHECK(normalize_body_name(std::string(40, 'q')) == std::string(36, 'Q'));

  BodyNames names;
  CHECK(n2c(names, "EARTH") == 399);
  CHECK(n2c(names, "earth") == 399);
  CHECK(n2c(names, "  Earth ") == 399);
  CHECK(n2c(names, "mars  barycenter") == 4);
  CHECK(n2c(names, "Solar System Barycenter") == 0);
  CHECK(n2c(names, "SOLAR  System  barycenter") == 0);
  CHECK(n2c(names, "SolarSystemBarycenter") == std::nullopt);
  CHECK(n2c(names, "U.S.S. Enterprise") == std::nullopt);
  CHECK(n2c(names, " ") == std::nullopt);
  CHECK(n2c(names, "Halley's Comet") == std::nullopt);
  CHECK(n2c(names, "d'arrest") == 1000017);
}

TEST_CASE("built-in spot values, names to codes") {
  BodyNames names;
  CHECK(n2c(names, "SSB") == 0);
  CHECK(n2c(names, "SOLAR_SYSTEM_BARYCENTER") == 0);
  CHECK(n2c(names, "SUN") == 10);
  CHECK(n2c(names, "EMB") == 3);
  CHECK(n2c(names, "EARTH-MOON BARYCENTER") == 3);
  CHECK(n2c(names, "MOON") == 301);
  CHECK(n2c(names, "Voyager 2") == -32);
  CHECK(n2c(names, "EUROPA") == 502);
  CHECK(n2c(names, "52 EUROPA") == 2000052);
  CHECK(n2c(names, "67P/CHURYUMOV-GERASIMENKO (1969 R1)") == 1000012);
  CHECK(n2c(names, "DIDYMOS") == 920065803);
  CHECK(n2c(names, "DIMORPHOS") == 120065803);
  CHECK(n2c(names, "didymos barycenter") == 20065803);
  CHECK(n2c(names, "EUROPA CLIPPER") == -159);
  CHECK(n2c(names, "CLIPPER") == std::nullopt);  // not a name in N0067
  CHECK(n2c(names, "rstar") == -500);
  CHECK(n2c(names, "DSS-14") == 399014);
  CHECK(n2c(names, "PARKES") == 399005);
}

TEST_CASE("built-in spot values, codes to names: the last listed synonym, spelled as listed") {
  BodyNames names;
  CHECK(c2n(names, 399) == "EARTH");
  CHECK(c2n(names, 301) == "MOON");
  CHECK(c2n(names, 0) == "SOLAR SYSTEM BARYCENTER");
  CHECK(c2n(names, 3) == "EARTH BARYCENTER");
  CHECK(c2n(names, -77) == "GALILEO ORBITER");
  CHECK(c2n(names, -1) == "GEOTAIL");
  CHECK(c2n(names, -85) == "LUNAR RECONNAISSANCE ORBITER");
  CHECK(c2n(names, -96) == "SOLAR PROBE PLUS");
  CHECK(c2n(names, -238) == "SMART-1");
  CHECK(c2n(names, -500) == "Rstar");  // mixed case survives
  CHECK(c2n(names, 1000012) == "CHURYUMOV-GERASIMENKO");
  CHECK(c2n(names, 1000017) == "D'ARREST");
  CHECK(c2n(names, 2000052) == "52 EUROPA");
  CHECK(c2n(names, 399005) == "PARKES");
  CHECK(c2n(names, 11) == std::nullopt);
  CHECK(c2n(names, 398) == std::nullopt);
  CHECK(c2n(names, 1000000000) == std::nullopt);
}

TEST_CASE("bods2c also takes integer strings; bodc2s falls back to the number") {
  BodyNames names;
  CHECK(s2c(names, "EARTH") == 399);
  CHECK(s2c(names, "399") == 399);
  CHECK(s2c(names, " 399 ") == 399);
  CHECK(s2c(names, "-82") == -82);
  CHECK(s2c(names, "+5") == 5);
  CHECK(s2c(names, "0") == 0);
  CHECK(s2c(names, "1000000000") == 1000000000);
  CHECK(s2c(names, "2147483647") == 2147483647);
  CHECK(s2c(names, "-2147483648") == -2147483647 - 1);
  CHECK(s2c(names, "2147483648") == std::nullopt);  // not a representable INTEGER
  CHECK(s2c(names, "99999999999999999999") == std::nullopt);
  CHECK(s2c(names, "- 5") == std::nullopt);  // the sign must touch the digits
  CHECK(s2c(names, "3.0") == std::nullopt);
  CHECK(s2c(names, "1e3") == std::nullopt);
  CHECK(s2c(names, "3 9") == std::nullopt);
  CHECK(s2c(names, "+") == std::nullopt);
  CHECK(s2c(names, " ") == std::nullopt);
  CHECK(s2c(names, "NOT A BODY") == std::nullopt);
  CHECK(n2c(names, "399") == std::nullopt);  // bodn2c does not parse numbers

  CHECK(c2s(names, 399) == "EARTH");
  CHECK(c2s(names, 9999999) == "9999999");
  CHECK(c2s(names, -999) == "-999");
  CHECK(c2s(names, 10000) == "10000");

  // bods2c tries names first: a name that looks like a number wins.
  define(names, "399", 5);
  CHECK(s2c(names, "399") == 5);
}

TEST_CASE("empty strings: SPICE(EMPTYSTRING) from the checked look-ups and boddef") {
  BodyNames names;
  const Pool pool;
  CHECK(names.name_to_code_checked("", pool).error().short_code == "SPICE(EMPTYSTRING)");
  CHECK(names.string_to_code_checked("", pool).error().short_code == "SPICE(EMPTYSTRING)");
  CHECK(names.define("", 1000).error().short_code == "SPICE(EMPTYSTRING)");
  CHECK(n2c(names, "") == std::nullopt);  // the unchecked forms just find nothing
  CHECK(s2c(names, "") == std::nullopt);
}

TEST_CASE("checked look-ups answer like the unchecked ones on a sane pool") {
  BodyNames names;
  define(names, "JB", 5);
  const Pool pool = id_kernel({"LARRY"}, {22});
  CHECK(*names.name_to_code_checked(" jb", pool) == 5);
  CHECK(*names.name_to_code_checked("larry", pool) == 22);
  CHECK(*names.name_to_code_checked("NOT A BODY", pool) == std::nullopt);
  CHECK(*names.string_to_code_checked(" -82 ", pool) == -82);
  CHECK(*names.string_to_code_checked("EMB", pool) == 3);
  CHECK(*names.code_to_name_checked(22, pool) == "LARRY");
  CHECK(*names.code_to_name_checked(5, pool) == "JB");
  CHECK(*names.code_to_name_checked(11, pool) == std::nullopt);
  CHECK(*names.code_to_string_checked(399, pool) == "EARTH");
  CHECK(*names.code_to_string_checked(-999, pool) == "-999");
}

TEST_CASE("boddef: new names, new bodies, and spelling as defined") {
  BodyNames names;
  define(names, "JB", 5);
  define(names, "Asteroid Frank", 20103456);
  CHECK(n2c(names, "JB") == 5);
  CHECK(n2c(names, "Jupiter Barycenter") == 5);
  CHECK(n2c(names, "ASTEROID FRANK") == 20103456);
  CHECK(n2c(names, "ASTEROIDFRANK") == std::nullopt);
  CHECK(n2c(names, "Frank") == std::nullopt);
  CHECK(c2n(names, 5) == "JB");
  CHECK(c2n(names, 20103456) == "Asteroid Frank");

  // Another context is unaffected.
  BodyNames other;
  CHECK(n2c(other, "JB") == std::nullopt);
  CHECK(c2n(other, 5) == "JUPITER BARYCENTER");
}

TEST_CASE("boddef: masking and unmasking (naif_ids.req examples)") {
  BodyNames names;
  define(names, "x", 1000);
  CHECK(c2n(names, 1000) == "x");
  CHECK(n2c(names, "X") == 1000);
  define(names, "Y", 1000);
  CHECK(c2n(names, 1000) == "Y");
  CHECK(n2c(names, "x") == 1000);
  define(names, "Y", 1001);  // re-assigning the masking name un-masks 'x'
  CHECK(c2n(names, 1000) == "x");
  CHECK(c2n(names, 1001) == "Y");

  // A name maps to one code only: the old code loses it.
  define(names, "spud", 22);
  define(names, "spud", 23);
  CHECK(n2c(names, "SPUD") == 23);
  CHECK(c2n(names, 23) == "spud");
  CHECK(c2n(names, 22) == std::nullopt);

  // Example 2: an existing body gets a higher-precedence alias.
  CHECK(n2c(names, "THEBE") == 514);
  CHECK(c2n(names, 514) == "THEBE");
  define(names, "1979J2", 514);
  CHECK(c2n(names, 514) == "1979J2");
  CHECK(n2c(names, "THEBE") == 514);
  // Re-defining an existing name with its code bumps it back to the top.
  define(names, "Thebe", 514);
  CHECK(c2n(names, 514) == "Thebe");
}

TEST_CASE("boddef over built-in names") {
  BodyNames names;
  // Same name, same code, already the top mapping: only the spelling changes.
  define(names, "  Moon", 301);
  CHECK(c2n(names, 301) == "  Moon");
  CHECK(n2c(names, "moon") == 301);

  // Moving a built-in name to another code removes the built-in mapping.
  define(names, "EARTH", 5);
  CHECK(n2c(names, "EARTH") == 5);
  CHECK(c2n(names, 5) == "EARTH");
  CHECK(c2n(names, 399) == std::nullopt);  // EARTH was 399's only name

  // Lower-ranked synonyms surface when the top one moves away.
  define(names, "EARTH BARYCENTER", 1234);
  CHECK(c2n(names, 3) == "EARTH-MOON BARYCENTER");
  CHECK(n2c(names, "EMB") == 3);
}

TEST_CASE("boddef: errors and limits") {
  BodyNames names;
  CHECK(names.define("   ", 1000).error().short_code == "SPICE(BLANKNAMEASSIGNED)");
  CHECK(c2n(names, 1000) == std::nullopt);

  // Names are cut at 36 characters; only the first 36 (normalized) characters count.
  const std::string long_name = "Spacecraft With A Very Long Name Indeed";  // 39 characters
  define(names, long_name, -424242);
  CHECK(c2n(names, -424242) == long_name.substr(0, 36));
  CHECK(n2c(names, long_name) == -424242);
  CHECK(n2c(names, long_name.substr(0, 36)) == -424242);
  CHECK(n2c(names, long_name.substr(0, 36) + "XYZ") == -424242);

  // The built-in + boddef list holds 853 entries: 692 built-ins leave room for 161 new names
  // (one used above). Re-definitions of existing names do not take room.
  for (int i = 1; i < 161; ++i) define(names, "BODY " + std::to_string(i), 5000000 + i);
  CHECK(names.define("ONE TOO MANY", 1).error().short_code == "SPICE(TOOMANYPAIRS)");
  define(names, "BODY 7", 42);
  define(names, "EARTH", 42);
  CHECK(n2c(names, "BODY 7") == 42);
  CHECK(n2c(names, "ONE TOO MANY") == std::nullopt);
}

TEST_CASE("kernel pool mappings outrank boddef, which outranks the built-ins") {
  BodyNames names;
  define(names, "vehicle2", -1010);
  CHECK(c2n(names, -1010) == "vehicle2");

  Pool pool = id_kernel({"vehicle1"}, {-1010});
  CHECK(c2n(names, -1010, pool) == "vehicle1");
  CHECK(n2c(names, "VEHICLE1", pool) == -1010);
  CHECK(n2c(names, "VEHICLE2", pool) == -1010);

  // Unloading the kernel brings the boddef mapping back.
  pool.erase("NAIF_BODY_NAME");
  pool.erase("NAIF_BODY_CODE");
  CHECK(c2n(names, -1010, pool) == "vehicle2");

  // Pool over built-in: renaming and re-coding.
  const Pool ids = id_kernel({"LARRY", "MOE", "Enterprise", "Earth"}, {22, 23, 170100, 1234});
  CHECK(n2c(names, "moe", ids) == 23);
  CHECK(c2n(names, 170100, ids) == "Enterprise");
  CHECK(n2c(names, "EARTH", ids) == 1234);
  CHECK(c2n(names, 1234, ids) == "Earth");
  // 399's built-in name is now taken by the pool: CSPICE reports no name (no fallback).
  CHECK(c2n(names, 399, ids) == std::nullopt);
  CHECK(c2s(names, 399, ids) == "399");
  CHECK(s2c(names, "Earth", ids) == 1234);
  CHECK(n2c(names, "MOON", ids) == 301);  // untouched built-ins still work
}

TEST_CASE("kernel pool: later entries override earlier ones") {
  BodyNames names;
  // The ZZBODTRN example: 'NAME' -> 1000 then 'NAME' -> 1001.
  const Pool pool = id_kernel({"NAME", "NAME"}, {1000, 1001});
  CHECK(n2c(names, "name", pool) == 1001);
  CHECK(c2n(names, 1000, pool) == std::nullopt);
  CHECK(c2n(names, 1001, pool) == "NAME");

  // Several names for one code: the last one is the code's name.
  const Pool synonyms = id_kernel({"  first  ", "Second"}, {-77, -77});
  CHECK(c2n(names, -77, synonyms) == "Second");
  CHECK(n2c(names, "FIRST", synonyms) == -77);
  CHECK(n2c(names, "GALILEO ORBITER", synonyms) == -77);

  // Codes are rounded to the nearest integer, as gipool does.
  const Pool rounded = id_kernel({"ROUNDED"}, {22.6});
  CHECK(n2c(names, "ROUNDED", rounded) == 23);

  // A pool name that masks the top built-in name of a code leaves that code nameless.
  const Pool masking = id_kernel({"LUNAR RECONNAISSANCE ORBITER"}, {-999});
  CHECK(c2n(names, -85, masking) == std::nullopt);
  CHECK(n2c(names, "LRO", masking) == -85);
}

TEST_CASE("kernel pool: malformed NAIF_BODY_NAME / NAIF_BODY_CODE give CSPICE's errors") {
  BodyNames names;
  auto error_of = [&](const Pool& pool) {
    auto s = BodyNames::validate_pool_mappings(pool);
    REQUIRE_FALSE(s.ok());
    // The checked look-ups report it on every call, as CSPICE does.
    CHECK(names.name_to_code_checked("EARTH", pool).error().short_code == s.error().short_code);
    CHECK(names.string_to_code_checked("399", pool).error().short_code == s.error().short_code);
    CHECK(names.code_to_name_checked(399, pool).error().short_code == s.error().short_code);
    CHECK(names.code_to_string_checked(399, pool).error().short_code == s.error().short_code);
    // The lookups ignore the malformed pair and still answer from boddef + built-ins.
    CHECK(n2c(names, "EARTH", pool) == 399);
    CHECK(c2n(names, 399, pool) == "EARTH");
    return s.error().short_code;
  };

  CHECK(BodyNames::validate_pool_mappings(Pool{}).ok());
  CHECK(BodyNames::validate_pool_mappings(id_kernel({"A", "B"}, {1, 2})).ok());

  Pool only_names;
  REQUIRE(only_names.put("NAIF_BODY_NAME", strings({"A"})).ok());
  CHECK(error_of(only_names) == "SPICE(MISSINGKPV)");

  Pool only_codes;
  REQUIRE(only_codes.put("NAIF_BODY_CODE", numbers({1})).ok());
  CHECK(error_of(only_codes) == "SPICE(MISSINGKPV)");

  // A code variable holding strings is not found by gipool.
  Pool wrong_type;
  REQUIRE(wrong_type.put("NAIF_BODY_NAME", strings({"A"})).ok());
  REQUIRE(wrong_type.put("NAIF_BODY_CODE", strings({"1"})).ok());
  CHECK(error_of(wrong_type) == "SPICE(MISSINGKPV)");

  CHECK(error_of(id_kernel({"A", "B"}, {1})) == "SPICE(BADDIMENSIONS)");
  CHECK(error_of(id_kernel({"A", "  "}, {1, 2})) == "SPICE(BLANKNAMEASSIGNED)");
  CHECK(error_of(id_kernel({"A"}, {1e12})) == "SPICE(INTOUTOFRANGE)");

  // Both variables absent (or both of the wrong type) simply means no pool mappings.
  Pool both_wrong;
  REQUIRE(both_wrong.put("NAIF_BODY_NAME", numbers({1})).ok());
  REQUIRE(both_wrong.put("NAIF_BODY_CODE", strings({"A"})).ok());
  CHECK(BodyNames::validate_pool_mappings(both_wrong).ok());
  CHECK(n2c(names, "EARTH", both_wrong) == 399);
}
