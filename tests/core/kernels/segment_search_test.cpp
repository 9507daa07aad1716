// The segment search (core/kernels/segment_search): CSPICE's precedence, the last file loaded first
// and within a file the last segment first, for binary PCKs and SPKs alike.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "bodies/body_names.hpp"
#include "daf_images.hpp"
#include "fixtures.hpp"
#include "golden_fixture.hpp"
#include "json.hpp"
#include "kernels/kernel_registry.hpp"
#include "math/euler.hpp"
#include "math/rotation.hpp"
#include "pck/pck_api.hpp"
#include "pck_kernels.hpp"
#include "segment_files.hpp"
#include "spk/spk_api.hpp"

namespace {

using sc::kernels::KernelRegistry;
using sc::math::Mat6;
using sc::spk::State;
using sc_test::build_pck;
using sc_test::load;
using sc_test::same_bits;
using sc_test::type2;
using sc_test::xform_at;

// A kernel that must load.
void load(KernelRegistry& registry, const std::string& name, std::vector<std::uint8_t> bytes) {
  sc_test::load_bytes(registry, name, std::move(bytes));
}

State geo(const KernelRegistry& registry, int target, double et, int observer) {
  auto s = sc::spk::geometric_state_j2000(registry, target, et, observer);
  REQUIRE_MESSAGE(s.ok(), target << " from " << observer << " at " << et << ": "
                                 << (s.ok() ? "" : s.error().long_msg));
  return *s;
}

}  // namespace

TEST_CASE("Segment precedence: last file loaded first, last segment in a file first") {
  auto name_at = [](const KernelRegistry& r, double et) -> std::string {
    auto found = sc_test::find_pck(r, 1000, et);
    return found ? found->segment.name : "none";
  };
  const auto a = build_pck({type2(0, 100, 1000, {0.1, 0.2, 0.3}, {0, 0, 0}, "a1"),
                            type2(50, 150, 1000, {0.1, 0.2, 0.5}, {0, 0, 0}, "a2"),
                            type2(0, 200, 1001, {0.1, 0.2, 0.6}, {0, 0, 0}, "other class"),
                            type2(300, 10, 1000, {0.1, 0.2, 0.7}, {0, 0, 0}, "invisible")});
  const auto b = build_pck({type2(0, 60, 1000, {0.1, 0.2, 0.9}, {0, 0, 0}, "b1")});
  KernelRegistry r;
  load(r, "/kernels/a.bpc", a);
  CHECK(name_at(r, 25.0) == "a1");
  CHECK(name_at(r, 49.0) == "a1");
  CHECK(name_at(r, 50.0) == "a2");  // both cover it; the later segment in the file wins
  CHECK(name_at(r, 100.0) == "a2");
  CHECK(name_at(r, 150.0) == "a2");
  CHECK(name_at(r, 151.0) == "none");
  CHECK(name_at(r, 20.0) == "a1");  // the invisible segment (start > end) covers nothing
  load(r, "/kernels/b.bpc", b);
  CHECK(name_at(r, 55.0) == "b1");
  CHECK(name_at(r, 0.0) == "b1");
  CHECK(name_at(r, 61.0) == "a2");
  // The winning segment's data is what orientation() evaluates.
  const Mat6 from_b = xform_at(r, 1000, 55.0);
  CHECK(from_b[0][0] == sc::math::eul2m(0.9, 0.2, 0.1, 3, 1, 3)[0][0]);
  // Loading a.bpc again makes it the newest.
  load(r, "/kernels/a.bpc", a);
  CHECK(name_at(r, 55.0) == "a2");
  CHECK(name_at(r, 10.0) == "a1");
  REQUIRE(r.unload("/kernels/a.bpc").ok());
  CHECK(name_at(r, 10.0) == "b1");
  CHECK(name_at(r, 100.0) == "none");
}

TEST_CASE("Segment precedence: the last loaded file first, within a file the last segment first") {
  // DE430 and DE431 both have 399 relative to 3 around 2015-03-02.
  const double et = 478569667.0;
  KernelRegistry a;
  load(a, "spk/de430-2015-03-02.bsp");
  load(a, "spk/jup310-2015-03-02.bsp");
  KernelRegistry b;
  load(b, "spk/jup310-2015-03-02.bsp");
  load(b, "spk/de430-2015-03-02.bsp");
  auto from_a = sc_test::find_spk(a, 399, et);
  auto from_b = sc_test::find_spk(b, 399, et);
  REQUIRE(from_a);
  REQUIRE(from_b);
  CHECK(from_a->segment.name == "XE-0431LE-0431");
  CHECK(from_b->segment.name == "XE-0430LE-0430");
  CHECK_FALSE(same_bits(geo(a, 399, et, 3), geo(b, 399, et, 3)));

  // Loading the DE430 excerpt again moves it to the top.
  load(a, "spk/de430-2015-03-02.bsp");
  CHECK(same_bits(geo(a, 399, et, 3), geo(b, 399, et, 3)));

  // Within one file: at the merged file's seam both abutting segments cover the epoch (ends are
  // inclusive); the later one in the file wins.
  KernelRegistry merged;
  load(merged, "spk/de441-1969.bsp");
  const double seam = -960120000.0;
  auto seg = sc_test::find_spk(merged, 3, seam);
  REQUIRE(seg);
  CHECK(seg->segment.start_et == seam);
  CHECK(seg->segment.end_et == -958737600.0);
  auto before = sc_test::find_spk(merged, 3, std::nextafter(seam, -1e300));
  REQUIRE(before);
  CHECK(before->segment.end_et == seam);
  // The first segment's start and the last segment's end are covered; one step beyond is not.
  auto first = sc_test::find_spk(merged, 1, -960811200.0);
  REQUIRE(first);
  CHECK_FALSE(sc_test::find_spk(merged, 1, std::nextafter(-960811200.0, -1e300)));
  CHECK(sc_test::find_spk(merged, 1, -959428800.0));
  CHECK_FALSE(sc_test::find_spk(merged, 1, std::nextafter(-959428800.0, 0.0)));
  CHECK_FALSE(sc_test::find_spk(merged, 1, std::numeric_limits<double>::quiet_NaN()));
}
