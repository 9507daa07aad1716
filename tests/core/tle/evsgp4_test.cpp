// EVSGP4 and the SGP4 model (core/tle/evsgp4.cpp, sgp4_*.cpp): NAIF's documented LUME-1 example,
// the model as a value, and the errors. The verification states are in sgp4_verification_test.cpp,
// CSPICE's own answers in tle.json (tests/contract/tle.test.mjs).
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "context.hpp"
#include "fixtures.hpp"
#include "io/host_file_reader.hpp"
#include "time/time_vector.hpp"
#include "tle/sgp4_model.hpp"
#include "tle/tle_api.hpp"

namespace {

// NAIF's geophysical.ker.
const std::vector<double> kGeophs{1.082616e-3, -2.53881e-6, -1.65597e-6, 7.43669161e-2, 120.0, 78.0, 6378.135, 1.0};

sc::Context with_lsk() {
  sc::Context ctx(sc::io::map_host_file);
  sc_test::ok(ctx.kernels().furnsh(sc_test::kFixturesDir + "/kernels/lsk/naif0012.tls"));
  return ctx;
}

std::vector<double> lume1(const sc::Context& ctx) {
  const std::vector<std::string> lines{"1 43908U 18111AJ  20146.60805006  .00000806  00000-0  34965-4 0  9999",
                                       "2 43908  97.2676  47.2136 0020001 220.6050 139.3698 15.24999521 78544"};
  const auto r = sc_test::ok(sc::tle::getelm(ctx.pool(), 1957, lines));
  return {r.elems.begin(), r.elems.end()};
}

}  // namespace

TEST_CASE("evsgp4 gives NAIF's documented LUME-1 state (evsgp4_c example)") {
  const sc::Context ctx = with_lsk();
  // 2020-05-26 02:25:00 UTC is 2020 day 147 + 8700 s; ET from the LSK.
  sc::time::TimeVector tv{2020, 147.0 + 8700.0 / 86400.0, 0, 0, 0, 0, 0, 0};
  sc_test::ok(sc::time::transform_time_vector(sc::time::read_time_kernel(ctx.pool()), sc::time::TimeVectorKind::Ydd,
                                              sc::time::TimeVectorKind::Tdb, tv));
  const auto s = sc_test::ok(sc::tle::evsgp4(ctx.pool(), tv[0], kGeophs, lume1(ctx)));
  // The example's output, printed with 8 decimals.
  const double want[6] = {-4644.60403398, -5038.95025539, -337.27141116, -0.45719025, 0.92884817, -7.55917355};
  for (int i = 0; i < 6; ++i) CHECK(std::fabs(s[i] - want[i]) <= 5e-9);
}

TEST_CASE("the SGP4 model is a value: evaluating it does not change it") {
  const sc::Context ctx = with_lsk();
  // A deep-space, 12-hour resonant set (the resonance integrator keeps state inside CSPICE).
  const std::vector<std::string> lines{"1 08195U 75081A   06176.33215444  .00000099  00000-0  11873-3 0   813",
                                       "2 08195  64.1586 279.0717 6877146 264.7651  20.2257  2.00491383225656"};
  const auto r = sc_test::ok(sc::tle::getelm(ctx.pool(), 1957, lines));
  const auto model = sc_test::ok(sc::tle::sgp4_init(sc::tle::geophysical_constants(kGeophs),
                                                    sc::tle::elements(r.elems), 20630.33215444, sc::tle::Sgp4Mode::afspc));
  CHECK(model.deep);
  CHECK(model.ds.irez == 2);
  const auto late = sc_test::ok(sc::tle::sgp4_state(model, 2880.0));
  const auto early = sc_test::ok(sc::tle::sgp4_state(model, 120.0));
  CHECK(sc_test::ok(sc::tle::sgp4_state(model, 2880.0)) == late);  // same answer after another time
  CHECK(sc_test::ok(sc::tle::sgp4_state(model, 120.0)) == early);
}

TEST_CASE("evsgp4's errors") {
  const sc::Context ctx = with_lsk();
  std::vector<double> el = lume1(ctx);
  const double epoch = el[9];
  // No leapseconds kernel: the epoch cannot be converted to UTC.
  const sc::Context bare;
  CHECK(sc_test::error_code(sc::tle::evsgp4(bare.pool(), epoch, kGeophs, el)) == "SPICE(NOLEAPSECONDS)");
  // A perigee below the surface.
  std::vector<double> sub = el;
  sub[5] = 0.2;
  CHECK(sc_test::error_code(sc::tle::evsgp4(ctx.pool(), epoch, kGeophs, sub)) == "SPICE(SUBORBITAL)");
  // Strong drag: the orbit decays within days (the mean eccentricity leaves its range first).
  std::vector<double> drag = el;
  drag[2] = 0.5;
  CHECK(sc_test::error_code(sc::tle::evsgp4(ctx.pool(), epoch, kGeophs, drag)) == "(ok)");
  const std::string later = sc_test::error_code(sc::tle::evsgp4(ctx.pool(), epoch + 30 * 86400.0, kGeophs, drag));
  CHECK((later == "SPICE(BADMECCENTRICITY)" || later == "SPICE(BADMSEMIMAJOR)" || later == "SPICE(ORBITDECAY)"));
}
