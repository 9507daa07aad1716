// DSKX02: the first plate of a type 2 segment that a ray meets, found through the segment's
// spatial index (never by a scan of all plates). The ray is clipped to the voxel grid (ZZRAYBOX),
// the voxels it crosses are listed in order (XDDA), empty coarse voxels are skipped, and the
// plates of the first half of the voxels, then of the second half, are tested (each plate once),
// keeping the nearest hit that lies in the voxel being examined and in the segment's volume
// element. Tolerances come from DSKTOL (the plate expansion XFRACT, the greedy margin SGREED).
#pragma once

#include <optional>

#include "dsk/type2_segment.hpp"
#include "errors/result.hpp"
#include "kernels/dsk_tolerances.hpp"
#include "math/vector_ops.hpp"

namespace sc::dsk {

struct PlateHit {
  int plid = 0;      // 1-based plate ID
  math::Vec3 xpt{};  // the intercept, in the segment's frame (km)
};

// `vertex` and `raydir` are in the segment's frame, relative to its center. SPICE(RAYISZEROVECTOR)
// for a zero direction; SPICE(INVALIDVALUE) for a zero voxel size; SPICE(GRIDTOOLARGE) for more
// than 100000 coarse voxels and SPICE(ARRAYTOOSMALL) past DSKX02's buffers (as CSPICE);
// SPICE(INDEXOUTOFRANGE) for an index in the file that points outside its array.
Result<std::optional<PlateHit>> dskx02(const Type2Segment& segment, const math::Vec3& vertex,
                                       const math::Vec3& raydir, const kernels::DskTolerances& tolerances);

}  // namespace sc::dsk
