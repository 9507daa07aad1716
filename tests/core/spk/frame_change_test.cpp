// Frame changes of SPK states (core/spk/frame_change): segments in other built-in inertial frames are
// rotated into J2000; other frames are refused.
#include <doctest/doctest.h>

#include <cmath>

#include "bodies/body_names.hpp"
#include "daf_images.hpp"
#include "fixtures.hpp"
#include "golden_fixture.hpp"
#include "inertial/inertial_frames.hpp"
#include "json.hpp"
#include "kernels/kernel_registry.hpp"
#include "segment_files.hpp"
#include "spk/segment_evaluation.hpp"
#include "spk/spk_api.hpp"

namespace {

using sc_test::fixture_bytes;
using sc_test::load;
using sc_test::load_bytes;
using sc_test::same_bits;
using sc::kernels::KernelRegistry;
using sc::spk::State;

State geo(const KernelRegistry& registry, int target, double et, int observer) {
  auto s = sc::spk::geometric_state_j2000(registry, target, et, observer);
  REQUIRE_MESSAGE(s.ok(), target << " from " << observer << " at " << et << ": "
                                 << (s.ok() ? "" : s.error().long_msg));
  return *s;
}

}  // namespace

TEST_CASE("Segments in other inertial frames are rotated into J2000; other frames are refused") {
  const double et = 478569667.0;
  KernelRegistry plain;
  load(plain, "spk/de430-2015-03-02.bsp");
  auto found = sc_test::find_spk(plain, 301, et);
  REQUIRE(found);
  auto raw = sc::spk::evaluate_segment(*found->file, found->segment, et);
  REQUIRE(raw.ok());

  auto bytes = fixture_bytes("spk/de430-2015-03-02.bsp");
  sc_test::put_int_at(bytes, sc_test::summary_int_at(4, 10, 2), 2);  // the Moon's segment now claims B1950
  KernelRegistry b1950;
  load_bytes(b1950, "b1950.bsp", bytes);
  auto rot = sc::inertial::rotation(2, 1);
  REQUIRE(rot.ok());
  State expect{};
  for (std::size_t i = 0; i < 3; ++i) {
    expect[i] = (*rot)[i][0] * (*raw)[0] + (*rot)[i][1] * (*raw)[1] + (*rot)[i][2] * (*raw)[2];
    expect[i + 3] = (*rot)[i][0] * (*raw)[3] + (*rot)[i][1] * (*raw)[4] + (*rot)[i][2] * (*raw)[5];
  }
  CHECK(same_bits(geo(b1950, 301, et, 3), expect));
  // Moon relative to Earth: the observer's leg is in J2000, the target's in B1950.
  const State moon_earth = geo(b1950, 301, et, 399);
  const State earth = geo(b1950, 399, et, 3);
  for (std::size_t i = 0; i < 6; ++i) CHECK(moon_earth[i] == expect[i] - earth[i]);

  sc_test::put_int_at(bytes, sc_test::summary_int_at(4, 10, 2), 10013);  // IAU_EARTH: not inertial
  KernelRegistry rotating;
  load_bytes(rotating, "iau.bsp", bytes);
  auto s = sc::spk::geometric_state_j2000(rotating, 301, et, 399);
  REQUIRE_FALSE(s.ok());
  CHECK(s.error().short_code == "SPICE(NOTSUPPORTED)");
}
