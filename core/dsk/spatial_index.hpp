// DSKMI2: the spatial index of a type 2 plate model (ZZMKSPIN: the voxel grid around the plates'
// bounding box, each plate listed in every fine voxel its slightly enlarged bounding box touches,
// fine voxels grouped in coarse voxels; ZZVRTPLT: optionally, the plates of each vertex), laid out
// as DSKMI2 lays out SPAIXD and SPAIXI (dsk02.inc), and DSKRB2's coordinate bounds.
#pragma once

#include <array>
#include <span>
#include <vector>

#include "errors/result.hpp"

namespace sc::dsk {

struct SpatialIndex {
  // SPAIXD: the vertex bounds (xmin, xmax, ymin, ymax, zmin, zmax), the voxel origin, the voxel size.
  std::array<double, 10> spaixd{};
  // SPAIXI: the grid extents (3), coarse scale, VOXNPT, VOXNPL, VTXNPL, the coarse grid (100000
  // slots), the voxel-plate pointers (VOXNPT), the voxel-plate list (VOXNPL), then with a vertex
  // map the vertex-plate pointers (NV) and list (VTXNPL). Only the used part is kept.
  std::vector<int> spaixi;
};

// DSKMI2's checks (SPICE(BADFINEVOXELSCALE), SPICE(BADCOARSEVOXSCALE), SPICE(BADVERTEXCOUNT),
// SPICE(BADPLATECOUNT), SPICE(WORKSPACETOOSMALL), SPICE(PTRARRAYTOOSMALL),
// SPICE(PLATELISTTOOSMALL), SPICE(INTINDEXTOOSMALL)) and ZZMKSPIN's (SPICE(VALUEOUTOFRANGE),
// SPICE(INCOMPATIBLESCALE), SPICE(COARSEGRIDOVERFLOW), SPICE(CELLARRAYTOOSMALL) when `worksz`
// cannot hold every voxel-plate association). Vertices flat (3 each), plates flat (1-based ids).
Result<SpatialIndex> dskmi2(int nv, std::span<const double> vrtces, int np, std::span<const int> plates, double finscl,
                            int corscl, int worksz, int voxpsz, int voxlsz, bool makvtl, int spxisz);

// DSKRB2: the third coordinate's range over the plates (latitudinal: radius; rectangular: z).
// SPICE(NOTSUPPORTED) for another system (planetodetic is not supported yet).
Result<std::array<double, 2>> dskrb2(int nv, std::span<const double> vrtces, int np, std::span<const int> plates,
                                     int corsys);

// Sizes in SPAIXI (dsk02.inc).
inline constexpr int kCoarseGridSlots = 100000;
inline constexpr int kSpaixiFixed = 7 + kCoarseGridSlots;

}  // namespace sc::dsk
