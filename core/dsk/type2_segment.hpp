// A DSK type 2 segment (triangular plates with a voxel spatial index, dsk02.inc) read from a DLA
// segment: DSKGD, DSKB02, DSKZ02, DSKI02, DSKD02, DSKP02, DSKV02, DSKN02. The segment's integer
// component holds, after 10 header integers (NV, NP, NVXTOT, the voxel grid extents, the coarse
// grid scale, the voxel-plate pointer and list sizes, the vertex-plate list size), the plates,
// the voxel-plate pointers and list, the vertex-plate pointers and list and the coarse grid; its
// double component the descriptor (24), the vertex bounds (6), the voxel origin (3), the voxel size
// and the vertices.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

#include "das/dla_segments.hpp"
#include "dsk/dsk_descriptor.hpp"
#include "errors/result.hpp"
#include "math/vector_ops.hpp"

namespace sc::dsk {

// DSKB02's outputs.
struct Type2Bounds {
  int nv = 0;      // vertices
  int np = 0;      // plates
  int nvxtot = 0;  // voxels
  std::array<std::array<double, 2>, 3> vtxbds{};  // [min, max] of each vertex coordinate
  double voxsiz = 0;
  math::Vec3 voxori{};
  std::array<int, 3> vgrext{};  // voxel grid extents
  int cgscal = 0;               // coarse voxel scale
  int vtxnpl = 0;               // vertex-plate list size
  int voxnpt = 0;               // voxel-plate pointer array size
  int voxnpl = 0;               // voxel-plate list size
};

// Item codes of DSKI02 and DSKD02 (dsk02.inc).
enum class Type2Item {
  nv = 1, np = 2, nvxtot = 3, vgrext = 4, cgscal = 5, voxnpt = 6, voxnpl = 7, vtxnpl = 8,
  plates = 9, voxel_pointers = 10, voxel_plates = 11, vertex_pointers = 12, vertex_plates = 13,
  coarse_grid = 14, descriptor = 15, vertex_bounds = 16, voxel_origin = 17, voxel_size = 18, vertices = 19,
};

// DSKGD: the descriptor of any DSK segment. SPICE(INVALIDFORMAT) when the double component is too
// small to hold one.
Result<DskDescriptor> dskgd(const das::DasFile& file, const das::DlaDescriptor& dla);

class Type2Segment {
 public:
  // Reads the descriptor and the header (a few dozen words: cheap enough to do per call).
  // DSKGD's and DSKI02's errors (SPICE(VALUEOUTOFRANGE) for a coarse scale below 1);
  // SPICE(INVALIDFORMAT) when the component sizes cannot hold what the header describes, so that
  // the unchecked reads below stay inside the segment (the ray search checks the ids it reads).
  static Result<Type2Segment> open(std::shared_ptr<const das::DlaFile> file, const das::DlaDescriptor& dla);

  const das::DlaDescriptor& dla() const { return dla_; }
  const DskDescriptor& descriptor() const { return descriptor_; }
  const Type2Bounds& bounds() const { return bounds_; }  // DSKB02
  int nv() const { return bounds_.nv; }
  int np() const { return bounds_.np; }

  // DSKI02 / DSKD02: up to `room` values of `item` from its 1-based element `start`.
  // SPICE(VALUEOUTOFRANGE) for room <= 0, SPICE(INDEXOUTOFRANGE) for start outside the item,
  // SPICE(NOTSUPPORTED) for an item of the other kind.
  Result<std::vector<std::int32_t>> dski02(int item, int start, int room) const;
  Result<std::vector<double>> dskd02(int item, int start, int room) const;
  // DSKP02 / DSKV02: up to `room` plates / vertices from the 1-based `start`. SPICE(INDEXOUTOFRANGE)
  // for start outside 1..np (1..nv), SPICE(VALUEOUTOFRANGE) for room <= 0.
  Result<std::vector<std::array<int, 3>>> dskp02(int start, int room) const;
  Result<std::vector<math::Vec3>> dskv02(int start, int room) const;
  // DSKN02: the unit outward normal of plate `plid` (UCRSS of its edges v2-v1, v3-v1).
  // SPICE(INDEXOUTOFRANGE) for plid outside 1..np.
  Result<math::Vec3> dskn02(int plid) const;

  // Unchecked look-ups for the ray-plate search (ids already in range).
  std::array<int, 3> plate(int plid) const;
  math::Vec3 vertex(int vid) const;
  int voxel_pointer(int index) const;  // 1-based element of the voxel-plate pointer array
  int voxel_plate(int index) const;    // 1-based element of the voxel-plate list
  int coarse_pointer(int index) const;  // 1-based element of the coarse grid
  int coarse_voxels() const { return ncgr_; }

 private:
  int int_base(Type2Item item) const;  // the integer address before element 1 of `item`

  std::shared_ptr<const das::DlaFile> file_;
  das::DlaDescriptor dla_;
  DskDescriptor descriptor_;
  Type2Bounds bounds_;
  int ncgr_ = 0;  // coarse voxels: NVXTOT / CGSCAL^3
};

}  // namespace sc::dsk
