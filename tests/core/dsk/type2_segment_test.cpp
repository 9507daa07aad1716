// DSK type 2 segments (core/dsk/type2_segment): DSKB02's header of the Apophis DSK, the item
// look-ups (DSKI02/DSKD02) agreeing with the plate and vertex readers, and DSKN02's normal.
#include <doctest/doctest.h>

#include <cmath>
#include <memory>

#include "das/dla_segments.hpp"
#include "dsk/type2_segment.hpp"
#include "fixtures.hpp"

namespace {

using sc_test::error_code;
using sc_test::fixture_bytes;
using sc_test::ok;

sc::dsk::Type2Segment apophis() {
  auto file = ok(sc::das::DlaFile::open(
      sc::io::Bytes::from_vector(fixture_bytes("dsk/apophis_g_25000mm_rad_obj_0000n00000_v001.bds")), "apophis"));
  const auto dla = file->segments.at(0);
  return ok(sc::dsk::Type2Segment::open(file, dla));
}

}  // namespace

TEST_CASE("DSKGD and DSKB02 of the Apophis segment") {
  const auto seg = apophis();
  const auto& d = seg.descriptor();
  CHECK(d.surface() == 425000001);
  CHECK(d.center() == 2099942);
  CHECK(d.data_type() == 2);
  CHECK(d.frame() == -2099942000);
  CHECK(d.coordinate_system() == sc::dsk::kLatitudinal);
  const auto& b = seg.bounds();
  CHECK(b.nv == 2000);
  CHECK(b.np == 3996);
  CHECK(b.nvxtot == 36480);
  CHECK(b.vgrext == std::array<int, 3>{38, 32, 30});
  CHECK(b.cgscal == 2);
  CHECK(b.voxnpt == 9680);
  CHECK(b.voxnpl == 35778);
  CHECK(seg.coarse_voxels() == 36480 / 8);
}

TEST_CASE("DSKI02 and DSKD02 agree with the plate and vertex readers") {
  const auto seg = apophis();
  const auto plates = ok(seg.dski02(9, 3 * 41 + 1, 6));  // plates 42 and 43
  CHECK(plates[0] == seg.plate(42)[0]);
  CHECK(plates[5] == seg.plate(43)[2]);
  const auto verts = ok(seg.dskd02(19, 3 * 9 + 1, 3));  // vertex 10
  CHECK(verts[2] == seg.vertex(10)[2]);
  CHECK(ok(seg.dski02(1, 1, 1)).at(0) == 2000);
  CHECK(ok(seg.dskd02(18, 1, 1)).at(0) == seg.bounds().voxsiz);
  CHECK(error_code(seg.dski02(1, 2, 1)) == "SPICE(INDEXOUTOFRANGE)");
  CHECK(error_code(seg.dski02(9, 1, 0)) == "SPICE(VALUEOUTOFRANGE)");
  CHECK(error_code(seg.dski02(19, 1, 1)) == "SPICE(NOTSUPPORTED)");
  CHECK(error_code(seg.dskd02(9, 1, 1)) == "SPICE(NOTSUPPORTED)");
  CHECK(error_code(seg.dskp02(3997, 1)) == "SPICE(INDEXOUTOFRANGE)");
  CHECK(error_code(seg.dskv02(1, 0)) == "SPICE(VALUEOUTOFRANGE)");
}

TEST_CASE("DSKN02: the unit normal is perpendicular to the plate's edges") {
  const auto seg = apophis();
  for (int plid : {1, 2, 1000, 3996}) {
    const auto n = ok(seg.dskn02(plid));
    const auto p = seg.plate(plid);
    const auto e1 = sc::math::vsub(seg.vertex(p[1]), seg.vertex(p[0]));
    const auto e2 = sc::math::vsub(seg.vertex(p[2]), seg.vertex(p[1]));
    CHECK(std::abs(sc::math::vnorm(n) - 1) < 1e-15);
    CHECK(std::abs(sc::math::vdot(n, e1)) < 1e-15);
    CHECK(std::abs(sc::math::vdot(n, e2)) < 1e-15);
  }
  CHECK(error_code(seg.dskn02(0)) == "SPICE(INDEXOUTOFRANGE)");
}
