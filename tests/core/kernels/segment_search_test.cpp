// The segment search (core/kernels/segment_search): CSPICE's precedence, the last file loaded first
// and within a file the last segment first, for binary PCKs and SPKs alike.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <limits>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "golden_fixture.hpp"
#include "inertial/inertial_frames.hpp"
#include "kernels/kernel_registry.hpp"
#include "kernels/segment_search.hpp"
#include "math/angles.hpp"
#include "math/euler.hpp"
#include "math/rotation.hpp"
#include "pck/pck_api.hpp"
#include "pck/type02_chebyshev_angles.hpp"
#include "pck_kernels.hpp"
#include "segment_files.hpp"

namespace {

using sc::kernels::KernelRegistry;
using sc::math::Mat6;
using sc_test::build_pck;
using sc_test::type2;
using sc_test::xform_at;

// A kernel that must load.
void load(KernelRegistry& registry, const std::string& name, std::vector<std::uint8_t> bytes) {
  sc_test::load_bytes(registry, name, std::move(bytes));
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
