// The frame parts of SPK type 10 (core/tle/wahr_nutation, teme_frame) against CSPICE's own ZZWAHR
// and ZZTEME (tests/fixtures/sgp4/cspice-internals.json, written by tests/golden/gen-tle-golden.mjs
// from the CSPICE library in tspice's native addon), and the TEME frame's properties.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "golden_fixture.hpp"
#include "json.hpp"
#include "math/frame_rates.hpp"
#include "tle/teme_frame.hpp"
#include "tle/wahr_nutation.hpp"

namespace {

// |got - want| in units of the last place of want (0 for equal values).
double ulps(double got, double want) {
  if (got == want) return 0.0;
  const double ulp = std::nextafter(std::fabs(want), 1e300) - std::fabs(want);
  return std::fabs(got - want) / ulp;
}

}  // namespace

TEST_CASE("ZZWAHR and ZZTEME: CSPICE's values") {
  const auto doc = sc_test::JsonParser(sc_test::read_file(sc_test::fixtures_dir() / "sgp4" / "cspice-internals.json")).parse();
  int identical = 0;
  int compared = 0;
  double worst = 0;
  for (const auto& c : doc["cases"].array()) {
    const double et = c["et"].number();
    INFO("et " << et);
    const auto nut = sc::tle::wahr_nutation(et);
    const auto m = sc::tle::teme_to_j2000(et);
    std::vector<double> got(nut.begin(), nut.end());
    for (const auto& row : m) got.insert(got.end(), row.begin(), row.end());
    std::vector<double> want;
    for (const auto& x : c["zzwahr"].array()) want.push_back(x.number());
    for (const auto& x : c["zzteme_tm2j"].array()) want.push_back(x.number());
    REQUIRE(got.size() == want.size());
    bool same = true;
    for (std::size_t i = 0; i < got.size(); ++i) {
      same = same && got[i] == want[i];
      worst = std::max(worst, ulps(got[i], want[i]));
      // Within a few ulps even where CSPICE's glibc sin/cos round differently from sc::math's.
      // ZZWAHR's values within 4 ulps of themselves; the matrix's entries within 4 ulps of its
      // blocks' scale (1 for the rotation, 1e-11 rad/s for the rate block).
      const std::size_t k = i - 4;
      const double scale = i < 4 ? std::fabs(want[i]) : (k / 6 >= 3 && k % 6 < 3 ? 1e-11 : 1.0);
      CHECK_MESSAGE(std::fabs(got[i] - want[i]) <= 4 * 0x1p-52 * scale, "value " << i << ": " << got[i] << " vs " << want[i]);
    }
    identical += same ? 1 : 0;
    ++compared;
  }
  // Measured: 19 of 20 epochs bit-identical. At ET 2e9 some entries differ by one ulp of 1: CSPICE's
  // glibc sin/cos misround an angle of ROTATE there (with glibc's sin/cos in math/rotation.cpp and
  // math/euler.cpp all 20 are identical); sc::math's trig keeps node and WASM identical instead.
  MESSAGE(identical << " of " << compared << " epochs bit-identical; worst " << worst << " ulp");
  CHECK(compared == 20);
  CHECK(identical >= 19);
}

TEST_CASE("TEME to J2000 is a rotation with its rate; the J2000 epoch's TEME is close to J2000") {
  for (double et : {-1e9, 0.0, 6.4e8}) {
    const sc::math::Mat6 m = sc::tle::teme_to_j2000(et);
    const sc::math::Mat6 inv = sc::math::invstm(m);
    for (int i = 0; i < 6; ++i) {
      for (int j = 0; j < 6; ++j) {
        double s = 0;
        for (int k = 0; k < 6; ++k) s += inv[i][k] * m[k][j];
        CHECK(std::fabs(s - (i == j ? 1.0 : 0.0)) <= 1e-15);
      }
    }
  }
  // At J2000 there is no precession; nutation (about 17" in longitude) makes the difference.
  const sc::math::Mat6 m = sc::tle::teme_to_j2000(0.0);
  CHECK(std::fabs(m[0][0] - 1.0) < 1e-9);
  CHECK(std::fabs(m[0][2]) < 1e-4);
  CHECK(std::fabs(m[0][2]) > 1e-6);
}
