// Equinoctial elements (core/math/equinoctial): the Kepler solver's residuals at rounding level and
// CSPICE's bound on h and k.
#include <doctest/doctest.h>

#include <cmath>

#include "fixtures.hpp"
#include "generated_kernels.hpp"
#include "math/equinoctial.hpp"
#include "orbits.hpp"
#include "segment_files.hpp"
#include "spk_builders.hpp"

namespace {

using sc_test::error_code;
using sc_test::ok;

}  // namespace

TEST_CASE("The equinoctial Kepler solver: residuals at rounding level, CSPICE's bound on h and k") {
  for (double e : {0.0, 0.05, 0.5, 0.85, 0.8999}) {
    for (double w : {-2.0, 0.3, 3.0}) {
      for (double ml = -20.0; ml <= 20.0; ml += 0.7) {
        const double h = e * std::sin(w), k = e * std::cos(w);
        const double f = ok(sc::math::solve_equinoctial_kepler(ml, h, k));
        CHECK(std::fabs(f + h * std::cos(f) - k * std::sin(f) - ml) <= 1e-14 * (1 + std::fabs(ml)));
      }
    }
  }
  CHECK(error_code(sc::math::solve_equinoctial_kepler(1.0, 0.9, 0.0)) == "SPICE(ECCOUTOFBOUNDS)");
  CHECK(error_code(sc::math::solve_equinoctial_kepler(1.0, 0.6, 0.7)) == "SPICE(ECCOUTOFBOUNDS)");
}
