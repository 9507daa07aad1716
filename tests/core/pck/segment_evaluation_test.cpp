// Binary PCK evaluation refuses results that are not finite (issue 16, item 4, as for SPK and CK):
// corrupt coefficients give SPICE(INVALIDVALUE) naming the file, segment and epoch, never a matrix
// of NaN or infinities (whose NaN bits would differ between node and wasm).
#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "kernels/kernel_registry.hpp"
#include "pck/pck_api.hpp"
#include "pck_kernels.hpp"
#include "segment_files.hpp"

namespace {

using sc::kernels::KernelRegistry;
using sc_test::build_pck;
using sc_test::type2;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

// The error of orientation(class_id, et) from a registry holding only `bytes` as `name`.
sc::Error orientation_error(const std::string& name, std::vector<std::uint8_t> bytes, int class_id, double et) {
  KernelRegistry r;
  sc_test::load_bytes(r, name, std::move(bytes));
  auto o = sc::pck::orientation(r, class_id, et);
  REQUIRE_FALSE(o.ok());
  return o.error();
}

void check_not_finite_error(const sc::Error& e, const std::string& file, const std::string& segment) {
  CHECK(e.short_code == "SPICE(INVALIDVALUE)");
  CHECK_MESSAGE(e.long_msg.find("'" + file + "'") != std::string::npos, e.long_msg);
  CHECK_MESSAGE(e.long_msg.find(segment) != std::string::npos, e.long_msg);
  CHECK_MESSAGE(e.long_msg.find("not finite") != std::string::npos, e.long_msg);
  CHECK_MESSAGE(e.long_msg.find("nan") == std::string::npos, e.long_msg);
}

}  // namespace

TEST_CASE("A binary PCK whose coefficients are NaN or infinite gives SPICE(INVALIDVALUE), not NaN") {
  check_not_finite_error(
      orientation_error("/kernels/bad-dec.bpc", build_pck({type2(0, 100, 1000, {0.1, kNaN, 0.3}, {0, 0, 0}, "corrupt dec")}),
                        1000, 50.0),
      "/kernels/bad-dec.bpc", "corrupt dec");
  check_not_finite_error(
      orientation_error("/kernels/bad-w.bpc", build_pck({type2(0, 100, 1000, {0.1, 0.2, 0.3}, {0, 0, kInf}, "corrupt w")}),
                        1000, 50.0),
      "/kernels/bad-w.bpc", "corrupt w");

  // Finite coefficients whose arithmetic overflows: a record radius of 1e-320 makes the rates
  // (coefficient / radius) infinite, though the angles at the record's midpoint stay finite.
  auto tiny = type2(0, 100, 1000, {0.1, 0.2, 0.3}, {0.5, 0.5, 0.5}, "tiny radius");
  tiny.data[1] = 1e-320;
  check_not_finite_error(orientation_error("/kernels/tiny.bpc", build_pck({tiny}), 1000, 50.0), "/kernels/tiny.bpc",
                         "tiny radius");
}

TEST_CASE("The real MOON_PA PCK with one coefficient set to infinity fails at use, naming the file") {
  auto bytes = sc_test::fixture_bytes(sc_test::kMoonPck);
  // The fixture's only segment has its data at DAF addresses 641..221284; its first record holds
  // MID (641), RADIUS (642), then the RA coefficients from address 643.
  sc_test::put_double_at(bytes, static_cast<std::size_t>(643 - 1) * 8, kInf);
  const auto e = orientation_error("/kernels/moon-inf.bpc", bytes, sc_test::kMoonPaDe421, sc_test::kMoonStart + 1.0);
  check_not_finite_error(e, "/kernels/moon-inf.bpc", "31006");
}
