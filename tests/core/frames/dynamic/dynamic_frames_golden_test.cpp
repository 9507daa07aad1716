// Dynamic frames (core/frames/dynamic) against CSPICE N0067: every case of
// dynframes-heliospheric.json and dynframes-rssd.json (pxform, sxform, namfrm, spkezr through
// TWO-VECTOR, of-date and EULER frames of heliospheric_v004u.tf and rssd0002.tf), through the
// geometry layer's pxform/sxform, which give the frames the ephemeris they need; each number is
// compared (check_numbers) and the bit-identical answers are counted.
#include <doctest/doctest.h>

#include <array>
#include <string>

#include "context.hpp"
#include "frames/frames_api.hpp"
#include "geometry/frame_ephemeris.hpp"
#include "geometry/states.hpp"
#include "golden_fixture.hpp"
#include "json.hpp"

namespace {

using sc_test::Golden;
using sc_test::GoldenStats;

template <std::size_t N>
std::array<double, N * N> flat(const std::array<std::array<double, N>, N>& m) {
  std::array<double, N * N> out{};
  for (std::size_t r = 0; r < N; ++r) {
    for (std::size_t c = 0; c < N; ++c) out[r * N + c] = m[r][c];
  }
  return out;
}

// One case; numbers go through check_numbers (stats), errors and look-ups through CHECKs.
void run_case(const sc::Context& ctx, const sc_test::Json& c, const Golden& g, GoldenStats& stats) {
  const std::string call = c["call"].string();
  const auto& a = c["args"];
  const std::string id = c["id"].string();
  INFO(g.name << " " << id);
  ++stats.run;
  if (c.has("error")) {
    std::string got;
    if (call == "pxform") {
      auto r = sc::geometry::pxform(ctx, a[0].string(), a[1].string(), a[2].number());
      got = r ? "a value" : r.error().short_code;
    } else if (call == "sxform") {
      auto r = sc::geometry::sxform(ctx, a[0].string(), a[1].string(), a[2].number());
      got = r ? "a value" : r.error().short_code;
    } else {
      auto r = sc::geometry::spkezr(ctx, a[0].string(), a[1].number(), a[2].string(), a[3].string(), a[4].string());
      got = r ? "a value" : r.error().short_code;
    }
    CHECK(got == c["error"].string());
    if (got == c["error"].string()) ++stats.passed;
    return;
  }
  const auto& e = c["expect"];
  if (call == "pxform") {
    auto r = sc::geometry::pxform(ctx, a[0].string(), a[1].string(), a[2].number());
    REQUIRE_MESSAGE(r.ok(), (r ? "" : r.error().long_msg));
    sc_test::check_numbers(flat(*r), e.array(), g, stats, id);
  } else if (call == "sxform") {
    auto r = sc::geometry::sxform(ctx, a[0].string(), a[1].string(), a[2].number());
    REQUIRE_MESSAGE(r.ok(), (r ? "" : r.error().long_msg));
    sc_test::check_numbers(flat(*r), e.array(), g, stats, id);
  } else if (call == "spkezr") {
    auto r = sc::geometry::spkezr(ctx, a[0].string(), a[1].number(), a[2].string(), a[3].string(), a[4].string());
    REQUIRE_MESSAGE(r.ok(), (r ? "" : r.error().long_msg));
    std::array<double, 7> got{};
    for (std::size_t i = 0; i < 6; ++i) got[i] = r->state[i];
    got[6] = r->lt;
    sc_test::Json::Array want = e["state"].array();
    want.push_back(e["lt"]);
    sc_test::check_numbers(got, want, g, stats, id);
  } else if (call == "namfrm") {
    auto code = sc::frames::namfrm(ctx, a[0].string());
    REQUIRE(code.has_value() == std::get<bool>(e["found"].v));
    if (code) CHECK(*code == static_cast<int>(e["code"].number()));
  } else {
    FAIL("unexpected call " << call);
  }
  ++stats.passed;
}

void run_file(const char* name, int expected_cases) {
  const Golden g = sc_test::read_golden(name);
  const sc::Context ctx = sc_test::load_context(g);
  GoldenStats stats;
  for (const auto& c : g.cases()) run_case(ctx, c, g, stats);
  MESSAGE(std::string(name) << ": " << stats.passed << "/" << stats.run << " cases pass; " << stats.bit_identical << " of "
               << stats.compared << " numeric answers bit-identical to CSPICE; max relative difference "
               << stats.max_relative);
  CHECK(stats.run == expected_cases);
  CHECK(stats.passed == expected_cases);
}

}  // namespace

TEST_CASE("dynamic frames golden: heliospheric_v004u.tf (GSE, HEE, HEEQ, HCI, GEORTN, ECLIPDATE)") {
  run_file("dynframes-heliospheric.json", 73);
}

TEST_CASE("dynamic frames golden: rssd0002.tf (TWO-VECTOR, of-date and EULER frames)") {
  run_file("dynframes-rssd.json", 184);
}
