// CK pointing search and the type readers (core/ck/pointing_search, segment_evaluation, types/):
// every ckgp/ckgpav case of ck-written.json (CKs of types 1 to 6 written by CSPICE) that asks for
// J2000, the base frame of all its segments, so the core's answer is CSPICE's with no frame change.
#include <doctest/doctest.h>

#include <limits>

#include "ck/pointing_search.hpp"
#include "daf_images.hpp"
#include "fixtures.hpp"
#include "golden_fixture.hpp"

namespace {

using sc_test::Golden;

}  // namespace

TEST_CASE("Golden CK pointing: ck-written.json in J2000, every segment type") {
  const Golden g = sc_test::read_golden("ck-written.json");
  sc::kernels::KernelRegistry registry;
  sc_test::load_kernels(registry, g);
  sc_test::GoldenStats stats;
  int types_seen = 0;
  for (const auto& c : g.cases()) {
    const std::string& call = c["call"].string();
    if ((call != "ckgp" && call != "ckgpav") || c.has("error") || c["args"][3].string() != "J2000") continue;
    INFO(c["id"].string());
    const bool needav = call == "ckgpav";
    const auto got = sc::ck::find_pointing(registry, static_cast<int>(c["args"][0].number()), c["args"][1].number(),
                                           c["args"][2].number(), needav);
    REQUIRE_MESSAGE(got.ok(), got.error().long_msg);
    const sc_test::Json& want = c["expect"];
    REQUIRE(got->has_value() == std::get<bool>(want["found"].v));
    if (!got->has_value()) continue;
    const auto& p = (*got)->pointing;
    CHECK((*got)->frame == 1);
    const std::array<double, 9> cmat{p.cmat[0][0], p.cmat[0][1], p.cmat[0][2], p.cmat[1][0], p.cmat[1][1],
                                     p.cmat[1][2], p.cmat[2][0], p.cmat[2][1], p.cmat[2][2]};
    sc_test::check_numbers(cmat, want["cmat"].array(), g, stats, "cmat");
    CHECK(p.clkout == want["clkout"].number());
    if (needav) sc_test::check_numbers(p.av, want["av"].array(), g, stats, "av");
    ++types_seen;
  }
  CHECK(types_seen > 150);
  // CSPICE's bits, not just its tolerance.
  CHECK(stats.bit_identical == stats.compared);
}

TEST_CASE("CK pointing: a negative tolerance finds nothing; no CK loaded is SPICE(NOLOADEDFILES)") {
  sc::kernels::KernelRegistry registry;
  const auto none = sc::ck::find_pointing(registry, -143901, 7.86e12, 0, false);
  CHECK(sc_test::error_code(none) == "SPICE(NOLOADEDFILES)");
  sc_test::load(registry, "ck-written/spicecraft_type01.bc");
  const auto negative = sc::ck::find_pointing(registry, -143901, 7860319241806.586, -1, false);
  REQUIRE(negative.ok());
  CHECK(!negative->has_value());
  // Type 1 has no angular velocity in this file? Either way the request must not throw.
  CHECK(sc::ck::find_pointing(registry, -143901, 7860319241806.586, 0, false).ok());
}

TEST_CASE("CK pointing: corrupt data that give a pointing that is not finite fail naming the segment (issue 16, item 4)") {
  auto bytes = sc_test::fixture_bytes("ck-written/spicecraft_type01.bc");
  const auto daf = sc_test::open_daf_bytes(bytes, "type01.bc");
  REQUIRE(daf.ok());
  const auto& summary = daf->arrays()[0];
  const double first_time = summary.doubles[0];
  // Type 1 stores the quaternions first: make the first pointing instance's scalar part NaN.
  sc_test::put_double_at(bytes, static_cast<std::size_t>(summary.begin_address() - 1) * 8,
                         std::numeric_limits<double>::quiet_NaN());
  sc::kernels::KernelRegistry registry;
  sc_test::load_bytes(registry, "/kernels/type01-nan.bc", bytes);
  const auto got = sc::ck::find_pointing(registry, -143901, first_time, 1.0, false);
  REQUIRE_FALSE(got.ok());
  CHECK(got.error().short_code == "SPICE(INVALIDVALUE)");
  CHECK(got.error().long_msg.find("type01-nan.bc") != std::string::npos);
}
