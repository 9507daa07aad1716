// GETELM (core/tle/getelm.cpp): the fields of a two-line element set, ZZGETELM's unit conversions
// and year window, and its refusals (SPICE(BADTLE)) in ZZGETELM's order. tle.json has CSPICE's
// answers for 35 sets (tests/contract/tle.test.mjs runs them).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "context.hpp"
#include "fixtures.hpp"
#include "io/host_file_reader.hpp"
#include "math/angles.hpp"
#include "pool/cspice_decimal.hpp"
#include "tle/tle_api.hpp"

namespace {

const std::string kLine1 = "1 43908U 18111AJ  20146.60805006  .00000806  00000-0  34965-4 0  9999";
const std::string kLine2 = "2 43908  97.2676  47.2136 0020001 220.6050 139.3698 15.24999521 78544";

sc::Context with_lsk() {
  sc::Context ctx(sc::io::map_host_file);
  sc_test::ok(ctx.kernels().furnsh(sc_test::kFixturesDir + "/kernels/lsk/naif0012.tls"));
  return ctx;
}

double nparsd(const std::string& text) { return sc::pool::parse_cspice_number(text).value; }

std::string getelm_error(const sc::Context& ctx, const std::string& l1, const std::string& l2, int frstyr = 1957) {
  const std::vector<std::string> lines{l1, l2};
  return sc_test::error_code(sc::tle::getelm(ctx.pool(), frstyr, lines));
}

// The line with columns first..last (1-based) replaced by `text` (same length).
std::string with(std::string line, std::size_t first, const std::string& text) {
  return line.replace(first - 1, text.size(), text);
}

}  // namespace

TEST_CASE("getelm reads NAIF's LUME-1 example into SPICE's units") {
  const sc::Context ctx = with_lsk();
  const std::vector<std::string> lines{kLine1, kLine2};
  const auto r = sc_test::ok(sc::tle::getelm(ctx.pool(), 1957, lines));
  const double rpd = sc::math::kRadiansPerDegree;
  const double twopi = sc::math::kTwoPi;
  CHECK(r.elems[0] == nparsd(" .00000806") * twopi / 1440.0 / 1440.0);
  CHECK(r.elems[1] == 0.0);                                  // " .00000" * 10^-0
  CHECK(r.elems[2] == nparsd(" .34965") * (1.0 / 10000.0));  // BSTAR 34965-4
  CHECK(r.elems[3] == nparsd(" 97.2676") * rpd);
  CHECK(r.elems[4] == nparsd(" 47.2136") * rpd);
  CHECK(r.elems[5] == nparsd("0.0020001"));
  CHECK(r.elems[6] == nparsd("220.6050") * rpd);
  CHECK(r.elems[7] == nparsd("139.3698") * rpd);
  CHECK(r.elems[8] == nparsd("15.24999521") * twopi / 1440.0);
  CHECK(r.elems[9] == r.epoch);
  // 2020 day 146.60805006 UTC, in TDB: CSPICE's TTRANS gives 643689404.71022761.
  CHECK(r.epoch == 643689404.71022761);
}

TEST_CASE("getelm maps the two-digit year into [frstyr, frstyr + 99]") {
  const sc::Context ctx = with_lsk();
  const std::vector<std::string> lines{kLine1, kLine2};
  const double e2020 = sc_test::ok(sc::tle::getelm(ctx.pool(), 1957, lines)).epoch;
  const double year = 365.25 * 86400.0;
  CHECK(sc_test::ok(sc::tle::getelm(ctx.pool(), 2020, lines)).epoch == e2020);
  CHECK(sc_test::ok(sc::tle::getelm(ctx.pool(), 1900, lines)).epoch < e2020 - 99.9 * year);  // 1920
  CHECK(sc_test::ok(sc::tle::getelm(ctx.pool(), 2021, lines)).epoch > e2020 + 99.9 * year);  // 2120
}

TEST_CASE("getelm refuses what ZZGETELM refuses, with SPICE(BADTLE)") {
  const sc::Context ctx = with_lsk();
  CHECK(getelm_error(ctx, kLine1, kLine2) == "(ok)");
  CHECK(getelm_error(ctx, kLine1, with(kLine2, 3, "43909")) == "SPICE(BADTLE)");   // another satellite
  CHECK(getelm_error(ctx, kLine1 + "0", kLine2) == "SPICE(BADTLE)");                // ends in column 70
  CHECK(getelm_error(ctx, kLine1.substr(0, 67), kLine2) == "SPICE(BADTLE)");       // ends in column 67
  CHECK(getelm_error(ctx, kLine1.substr(0, 68), kLine2) == "(ok)");                // column 68 is fine
  CHECK(getelm_error(ctx, kLine1 + "   ", kLine2) == "(ok)");                      // trailing blanks
  CHECK(getelm_error(ctx, with(kLine1, 21, "146.6080x006"), kLine2) == "SPICE(BADTLE)");  // DAY
  CHECK(getelm_error(ctx, with(kLine1, 19, "2x"), kLine2) == "SPICE(BADTLE)");           // YEAR
  CHECK(getelm_error(ctx, with(kLine1, 51, "10"), kLine2) == "SPICE(BADTLE)");           // IEXP > 9
  CHECK(getelm_error(ctx, with(kLine1, 60, "-9"), kLine2) == "(ok)");                    // IBEXP -9
  CHECK(getelm_error(ctx, kLine1, with(kLine2, 18, "360.0000")) == "SPICE(BADTLE)");     // NODE0
  CHECK(getelm_error(ctx, kLine1, with(kLine2, 35, "360.0000")) == "SPICE(BADTLE)");     // OMEGA
  CHECK(getelm_error(ctx, kLine1, with(kLine2, 44, "400.0000")) == "SPICE(BADTLE)");     // MO
  CHECK(getelm_error(ctx, kLine1, with(kLine2, 9, "180.0000")) == "(ok)");               // INCL 180 is allowed
  CHECK(getelm_error(ctx, kLine1, with(kLine2, 9, "180.0001")) == "SPICE(BADTLE)");      // INCL
  CHECK(getelm_error(ctx, kLine1, with(kLine2, 53, "20.00000001")) == "SPICE(BADTLE)");  // NO
  CHECK(getelm_error(ctx, kLine1, with(kLine2, 53, "20.00000000")) == "(ok)");
  // The first field that fails is the one reported (DAY before NODE0).
  const auto both = sc::tle::getelm(ctx.pool(), 1957,
                                    std::vector<std::string>{with(kLine1, 21, "146.6080x006"), with(kLine2, 18, "360.0000")});
  REQUIRE_FALSE(both.ok());
  CHECK(both.error().long_msg.find("DAY") != std::string::npos);
  // Not two lines; no leapseconds kernel.
  CHECK(sc_test::error_code(sc::tle::getelm(ctx.pool(), 1957, std::vector<std::string>{kLine1})) == "SPICE(BADARRAYSIZE)");
  const sc::Context bare;
  CHECK(getelm_error(bare, kLine1, kLine2) == "SPICE(NOLEAPSECONDS)");
}
