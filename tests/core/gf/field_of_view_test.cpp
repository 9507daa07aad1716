// The GF field-of-view searches (core/gf/quantities/field_of_view: GFTFOV, GFRFOV over GFFOVE) with
// the synthetic camera of tests/fixtures/kernels/ik-synthetic/spicecraft_cam.ti (a circular FOV
// fixed in J2000, pointed at the synthetic APOPHIS as seen from the Earth): the window's ends are
// where surface::fovtrg changes its answer, and GFTFOV's own check of the target shape.
#include <doctest/doctest.h>

#include "context.hpp"
#include "fixtures.hpp"
#include "gf/quantities/field_of_view.hpp"
#include "io/host_file_reader.hpp"
#include "surface/field_of_view_targets.hpp"

using sc::gf::FlatWindow;
using sc_test::ok;

namespace {

sc::Context camera_context() {
  sc::Context ctx(sc::io::map_host_file);
  for (const char* k : {"lsk/naif0012.tls", "pck/pck00010.tpc", "spk/de430-2015-03-02.bsp",
                        "synthetic/apophis_synthetic.tf", "synthetic/apophis_synthetic.tpc",
                        "synthetic/apophis_synthetic.bsp", "ik-synthetic/spicecraft_cam.ti"}) {
    ok(ctx.kernels().furnsh(sc_test::kFixturesDir + "/kernels/" + k));
  }
  return ctx;
}

}  // namespace

TEST_CASE("gftfov: the window's ends are where fovtrg changes its answer") {
  const sc::Context ctx = camera_context();
  const FlatWindow cnfine{478540000.0, 478600000.0};
  const FlatWindow w = ok(sc::gf::gftfov(ctx, "-990101", "APOPHIS", "POINT", " ", "NONE", "EARTH", 300.0, cnfine));
  REQUIRE(w.size() == 2);
  const auto in_fov = [&](double et) {
    return ok(sc::surface::fovtrg(ctx, "-990101", "APOPHIS", "POINT", " ", "NONE", "EARTH", et));
  };
  CHECK_FALSE(in_fov(w[0] - 5e-6));
  CHECK(in_fov(w[0] + 5e-6));
  CHECK(in_fov(w[1] - 5e-6));
  CHECK_FALSE(in_fov(w[1] + 5e-6));
}

TEST_CASE("gftfov refuses a RAY target before anything else; gfrfov a zero ray") {
  const sc::Context ctx = camera_context();
  const FlatWindow cnfine{478540000.0, 478600000.0};
  CHECK(sc_test::error_code(sc::gf::gftfov(ctx, "-990101", "APOPHIS", "ray", " ", "NONE", "EARTH", 0.0, cnfine)) ==
        "SPICE(INVALIDOPTION)");
  const std::array<double, 3> zero{0.0, 0.0, 0.0};
  CHECK(sc_test::error_code(sc::gf::gfrfov(ctx, "-990101", zero, "J2000", "NONE", "EARTH", 300.0, cnfine)) ==
        "SPICE(ZEROVECTOR)");
}
