// The SCLK conversions (core/sclk: sclk_api over clock_time, clock_fields, clock_kernel) against
// CSPICE's answers in sclk.json: every case, numbers bit for bit, strings exactly, errors by
// short code.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include "golden_fixture.hpp"
#include "sclk/sclk_api.hpp"

namespace {

using sc_test::Json;

std::string same_number(double got, double want) {
  if (got == want) return "";
  char buf[96];
  std::snprintf(buf, sizeof buf, "got %.17g, expected %.17g", got, want);
  return buf;
}

std::string same_text(const std::string& got, const std::string& want) {
  return got == want ? "" : "got '" + got + "', expected '" + want + "'";
}

}  // namespace

TEST_CASE("SCLK calls give CSPICE's answers bit for bit (sclk.json)") {
  const sc_test::Golden g = sc_test::read_golden("sclk.json");
  const sc::Context ctx = sc_test::load_context(g);
  const sc::pool::Pool& pool = ctx.pool();
  int bit_identical = 0;
  const sc_test::GoldenStats stats = sc_test::run_golden(g, [&](const Json& c) -> std::optional<std::string> {
    const std::string& call = c["call"].string();
    const Json& a = c["args"];
    const int sc = static_cast<int>(a[0].number());
    auto number = [&](const sc::Result<double>& r) {
      return sc_test::expect_result(r, c, [&](double v) {
        std::string s = same_number(v, c["expect"].number());
        if (s.empty()) ++bit_identical;
        return s;
      });
    };
    auto text = [&](const sc::Result<std::string>& r) {
      return sc_test::expect_result(r, c, [&](const std::string& v) { return same_text(v, c["expect"].string()); });
    };
    if (call == "sce2c") return number(sc::sclk::sce2c(pool, sc, a[1].number()));
    if (call == "sct2e") return number(sc::sclk::sct2e(pool, sc, a[1].number()));
    if (call == "scs2e") return number(sc::sclk::scs2e(pool, sc, a[1].string()));
    if (call == "scencd") return number(sc::sclk::scencd(pool, sc, a[1].string()));
    if (call == "sce2s") return text(sc::sclk::sce2s(pool, sc, a[1].number()));
    if (call == "scdecd") return text(sc::sclk::scdecd(pool, sc, a[1].number()));
    return std::nullopt;
  });
  CHECK(stats.skipped == 0);
  CHECK(stats.passed == stats.run);
  MESSAGE("sclk.json: " << stats.passed << "/" << stats.run << " passed");
}
