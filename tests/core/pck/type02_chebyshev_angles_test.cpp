// PCK type 2 (core/pck/type02_chebyshev_angles): the file's phi, delta, w with w reduced modulo 2 pi,
// the rotation [w]3 [delta]1 [phi]3, and its derivative block against finite differences.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "golden_fixture.hpp"
#include "inertial/inertial_frames.hpp"
#include "kernels/kernel_registry.hpp"
#include "math/angles.hpp"
#include "math/rotation.hpp"
#include "pck/type02_chebyshev_angles.hpp"
#include "pck_kernels.hpp"
#include "segment_files.hpp"

namespace {

using sc_test::fixture_bytes;
using sc::kernels::KernelRegistry;
using sc::math::Mat3;
using sc_test::build_pck;
using sc_test::check_derivative_block;
using sc_test::kMoonPaDe421;
using sc_test::kMoonPck;
using sc_test::type2;
using sc_test::xform_at;

// A kernel that must load.
void load(KernelRegistry& registry, const std::string& name, std::vector<std::uint8_t> bytes) {
  sc_test::load_bytes(registry, name, std::move(bytes));
}

}  // namespace

TEST_CASE("Type 2 derivative block (EUL2XF) agrees with the rotation's finite differences") {
  KernelRegistry r;
  load(r, "/kernels/moon.bpc", fixture_bytes(kMoonPck));
  auto at = [&](double et) { return xform_at(r, kMoonPaDe421, et); };
  for (double et : {-2.9e9, -1.0e9, 0.0, 5.3e8, 1.5e9}) check_derivative_block(at, et, 10.0, 1e-13);
}

TEST_CASE("Type 2 angles: the file's phi, delta, w with w reduced modulo 2 pi, and [w]3 [delta]1 [phi]3") {
  // Constant angles, w = 7 (reduced to 7 - 2 pi), and linear ones for the rates.
  const auto bytes = build_pck({type2(0, 100, 1000, {0.4, 0.3, 7.0}, {0, 0, 0}, "constant"),
                                type2(200, 300, 1001, {0.4, 0.3, 1.0}, {0.5, -0.25, 5.0}, "linear")});
  auto file = sc_test::open_pck_file(sc::io::Bytes::from_vector(bytes), "synthetic.bpc");
  REQUIRE(file.ok());
  const auto segments = sc_test::pck_segments(**file);
  auto angles = sc::pck::evaluate_type02_angles(**file, segments[0], 30.0);
  REQUIRE(angles.ok());
  CHECK((*angles)[0] == 0.4);
  CHECK((*angles)[1] == 0.3);
  CHECK((*angles)[2] == 7.0 - sc::math::kTwoPi);
  auto x = sc::pck::evaluate_type02(**file, segments[0], 30.0);
  REQUIRE(x.ok());
  const Mat3 expected = sc::math::multiply(
      sc::math::multiply(sc::math::rotate(7.0, 3), sc::math::rotate(0.3, 1)), sc::math::rotate(0.4, 3));
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < 3; ++j) {
      CHECK((*x)[i][j] == doctest::Approx(expected[i][j]).epsilon(1e-14));
      CHECK((*x)[i + 3][j] == 0.0);
    }
  }
  // Rates: d/dt (c0 + c1 (t - mid) / radius) = c1 / radius.
  auto linear = sc::pck::evaluate_type02_angles(**file, segments[1], 260.0);
  REQUIRE(linear.ok());
  CHECK((*linear)[3] == 0.5 / 50);
  CHECK((*linear)[4] == -0.25 / 50);
  CHECK((*linear)[5] == 5.0 / 50);
  auto at = [&](double et) {
    auto m = sc::pck::evaluate_type02(**file, segments[1], et);
    REQUIRE(m.ok());
    return *m;
  };
  for (double et : {210.0, 250.0, 290.0}) check_derivative_block(at, et, 1e-3, 1e-8);
}
