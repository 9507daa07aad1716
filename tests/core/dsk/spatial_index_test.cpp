// DSKMI2 (core/dsk/spatial_index): every plate is listed in the voxels around it, the voxel lists
// are newest-first as ZZUNTNGL leaves them, and the sizes are checked as DSKMI2 checks them;
// DSKRB2's radius bounds of a tetrahedron.
#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "dsk/spatial_index.hpp"
#include "fixtures.hpp"

using sc_test::error_code;
using sc_test::ok;

namespace {
const std::vector<double> kVerts{1, 0, 0, -1, 0, 0, 0, 1, 0, 0, 0, 1, 0, -1, -1};
const std::vector<int> kPlates{1, 3, 4, 3, 2, 4, 2, 5, 4, 5, 1, 4, 1, 5, 3, 5, 2, 3};
}  // namespace

TEST_CASE("DSKMI2 on a small model") {
  const auto idx = ok(sc::dsk::dskmi2(5, kVerts, 6, kPlates, 1.0, 1, 10000, 10000, 10000, true, 200000));
  const auto& s = idx.spaixi;
  CHECK(idx.spaixd[0] == -1);  // x min
  CHECK(idx.spaixd[1] == 1);   // x max
  const int nx = s[0], ny = s[1], nz = s[2];
  CHECK(nx * ny * nz > 0);
  CHECK(s[3] == 1);
  const int voxnpt = s[4];
  const int voxnpl = s[5];
  REQUIRE(static_cast<int>(s.size()) == sc::dsk::kSpaixiFixed + voxnpt + voxnpl + 5 + s[6]);
  // Every plate appears in some voxel list; lists are in descending plate order.
  std::vector<bool> seen(7, false);
  for (int p = 0; p < voxnpt; ++p) {
    const int at = s[static_cast<std::size_t>(sc::dsk::kSpaixiFixed + p)];
    if (at < 1) continue;
    const int n = s[static_cast<std::size_t>(sc::dsk::kSpaixiFixed + voxnpt + at - 1)];
    for (int k = 1; k <= n; ++k) {
      const int id = s[static_cast<std::size_t>(sc::dsk::kSpaixiFixed + voxnpt + at - 1 + k)];
      seen[static_cast<std::size_t>(id)] = true;
      if (k > 1) CHECK(id < s[static_cast<std::size_t>(sc::dsk::kSpaixiFixed + voxnpt + at - 2 + k)]);
    }
  }
  for (int id = 1; id <= 6; ++id) CHECK(seen[static_cast<std::size_t>(id)]);
  // The vertex-plate map: vertex 4 is on four plates.
  CHECK(s[6] == 5 + 18);
  CHECK(error_code(sc::dsk::dskmi2(5, kVerts, 6, kPlates, 0.0, 1, 10000, 10000, 10000, false, 200000)) ==
        "SPICE(BADFINEVOXELSCALE)");
  CHECK(error_code(sc::dsk::dskmi2(5, kVerts, 6, kPlates, 1.0, 0, 10000, 10000, 10000, false, 200000)) ==
        "SPICE(BADCOARSEVOXSCALE)");
  CHECK(error_code(sc::dsk::dskmi2(5, kVerts, 6, kPlates, 1.0, 1, 6, 10000, 10000, false, 200000)) ==
        "SPICE(WORKSPACETOOSMALL)");
  CHECK(error_code(sc::dsk::dskmi2(5, kVerts, 6, kPlates, 1.0, 1, 10000, 10000, 10000, false, 1000)) ==
        "SPICE(INTINDEXTOOSMALL)");
}

TEST_CASE("DSKRB2: radius bounds") {
  const auto r = ok(sc::dsk::dskrb2(5, kVerts, 6, kPlates, 1));
  CHECK(r[1] == std::sqrt(2.0));
  CHECK(r[0] > 0.0);
  CHECK(r[0] < 1.0);
  const auto z = ok(sc::dsk::dskrb2(5, kVerts, 6, kPlates, 3));
  CHECK(z[0] == -1);
  CHECK(z[1] == 1);
  CHECK(error_code(sc::dsk::dskrb2(5, kVerts, 6, kPlates, 4)) == "SPICE(NOTSUPPORTED)");
}
