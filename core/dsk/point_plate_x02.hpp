// ZZPTPL02: the plate of a type 2 segment on which a surface point lies (within DSKTOL's point
// membership margin PTMEMM times the segment's bounding radius), found through the voxel that
// holds the point; with PLTNP and NPSGPT, the nearest point of a plate (or an edge) to a point.
#pragma once

#include <array>
#include <optional>

#include "dsk/type2_segment.hpp"
#include "errors/result.hpp"
#include "kernels/dsk_tolerances.hpp"
#include "math/vector_ops.hpp"

namespace sc::dsk {

struct PointPlate {
  int plid = 0;
  std::array<math::Vec3, 3> verts{};  // the plate's vertices
};

// nullopt when the point is outside the segment's volume element or on no plate of its voxel.
Result<std::optional<PointPlate>> point_plate(const Type2Segment& segment, const math::Vec3& point,
                                              const kernels::DskTolerances& tolerances);

struct NearPoint {
  math::Vec3 pnear{};
  double dist = 0;
};
NearPoint npsgpt(const math::Vec3& ep1, const math::Vec3& ep2, const math::Vec3& point);  // NPSGPT
NearPoint pltnp(const math::Vec3& point, const math::Vec3& v1, const math::Vec3& v2, const math::Vec3& v3);  // PLTNP

}  // namespace sc::dsk
