// PCK type 3 (core/pck/type03_chebyshev_angles_rates): RA, DEC, W and the angular velocity in
// degrees from a generic segment, and its errors.
#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "golden_fixture.hpp"
#include "kernels/kernel_registry.hpp"
#include "math/angles.hpp"
#include "math/rotation.hpp"
#include "pck/pck_api.hpp"
#include "pck_kernels.hpp"
#include "segment_files.hpp"

namespace {

using sc::kernels::KernelRegistry;
using sc::math::Mat3;
using sc::math::Mat6;
using sc_test::build_pck;
using sc_test::check_derivative_block;
using sc_test::type3;
using sc_test::xform_at;

// A kernel that must load.
void load(KernelRegistry& registry, const std::string& name, std::vector<std::uint8_t> bytes) {
  sc_test::load_bytes(registry, name, std::move(bytes));
}

}  // namespace

TEST_CASE("Type 3: RA, DEC, W and angular velocity in degrees from a generic segment") {
  const double rpd = sc::math::kRadiansPerDegree;
  // Packet 1 on [0, 1000): W = 100 + 50 s degrees, so the body spins at 0.1 deg/s about its z axis.
  // Packet 2 on [1000, 2000]: a different pole, and the angular velocity to match.
  const std::array<double, 12> p1{30, 0, 60, 0, 100, 50, 0, 0, 0, 0, 0.1, 0};
  const std::array<double, 12> p2{35, 0, 65, 0, 200, 50, 0, 0, 0, 0, 0.1, 0};
  for (int meta_items : {17, 15}) {
    CAPTURE(meta_items);
    const auto bytes = build_pck({type3({0.0, 1000.0}, 2000.0, 2000, {p1, p2}, meta_items)});
    KernelRegistry r;
    load(r, "/kernels/t3.bpc", bytes);
    auto at = [&](double et) { return xform_at(r, 2000, et); };

    auto expected = [&](double ra, double dec, double w) {
      return sc::math::multiply(sc::math::multiply(sc::math::rotate(w * rpd, 3), sc::math::rotate((90 - dec) * rpd, 1)),
                                sc::math::rotate((90 + ra) * rpd, 3));
    };
    const double t = 250.0;  // s = (250 - 500) / 500 = -0.5
    const Mat6 x = at(t);
    const Mat3 e = expected(30, 60, 75);
    for (int i = 0; i < 3; ++i)
      for (int j = 0; j < 3; ++j) CHECK(x[i][j] == doctest::Approx(e[i][j]).epsilon(1e-14));
    // The stored angular velocity is the true one here, so the derivative block is dR/dt.
    for (double et : {10.0, 250.0, 990.0, 1500.0}) check_derivative_block(at, et, 1e-2, 1e-12);
    // The packet whose reference epoch is the last one <= et: 1000 belongs to the second packet.
    const Mat3 second = expected(35, 65, 200 - 50);
    CHECK(at(1000.0)[0][0] == doctest::Approx(second[0][0]).epsilon(1e-14));
    const Mat3 first = expected(30, 60, 150);
    CHECK(at(std::nextafter(1000.0, 0.0))[0][0] == doctest::Approx(first[0][0]).epsilon(1e-14));
    CHECK(at(2000.0)[2][2] == doctest::Approx(expected(35, 65, 250)[2][2]).epsilon(1e-14));
  }
}

TEST_CASE("Type 3 errors: record too large for PCKMAT, bad counts, bad meta data") {
  auto error_of = [](sc_test::PckSegmentSpec spec) {
    KernelRegistry r;
    load(r, "/kernels/t3.bpc", build_pck({std::move(spec)}));
    auto o = sc::pck::orientation(r, 2000, 500.0);
    REQUIRE_FALSE(o.ok());
    CHECK(o.error().long_msg.find("'/kernels/t3.bpc'") != std::string::npos);
    return o.error().short_code;
  };
  const std::array<double, 12> p{30, 0, 60, 0, 100, 50, 0, 0, 0, 0, 0.1, 0};
  auto spec = type3({0.0}, 1000.0, 2000, {p});
  auto big = spec;
  big.data[0] = 22.0;  // 22 * 6 + 2 = 134 words > 130
  CHECK(error_of(big) == "SPICE(PCKKRECTOOLARGE)");
  auto none = spec;
  none.data[0] = 0.0;
  CHECK(error_of(none) == "SPICE(INVALIDCOUNT)");
  auto small_packets = spec;
  small_packets.data[0] = 3.0;  // 6 * 3 + 2 words needed, packets hold 14
  CHECK(error_of(small_packets) == "SPICE(INVALIDCOUNT)");
  auto few_meta = spec;
  few_meta.data.back() = 14.0;
  CHECK(error_of(few_meta) == "SPICE(INVALIDMETADATA)");
  auto outside = spec;
  outside.data[outside.data.size() - 6] = 1000;  // NPKT
  CHECK(error_of(outside) == "SPICE(INVALIDMETADATA)");
  auto late_reference = spec;
  late_reference.data[1 + 14] = 600.0;  // the packet's reference epoch after the request
  CHECK(error_of(late_reference) == "SPICE(REQUESTOUTOFBOUNDS)");
}
