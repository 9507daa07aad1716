// What a DSK file holds, by file (issue 13): DSKOBJ, DSKSRF, the DLA segment list (DLABFS/DLAFNS)
// and the type 2 look-ups (DSKGD, DSKB02, DSKZ02, DSKP02, DSKV02, DSKN02, DSKI02, DSKD02) applied to
// the file's i-th DLA segment (0-based, in list order), as a program that opens the file with
// DASOPR would. Files are named as the caller loads kernels (virtual id or host path); they need
// not be loaded (a loaded DSK's parsed directories are reused).
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "das/dla_segments.hpp"
#include "dsk/type2_segment.hpp"
#include "errors/result.hpp"
#include "kernels/kernel_registry.hpp"

namespace sc::inventory {

// The DSK named `file`, checked as DSKOBJ checks it (GETFAT): SPICE(FILENOTFOUND) when there is no
// such file, SPICE(INVALIDARCHTYPE) when it is not a DAS file, SPICE(INVALIDFILETYPE) when it is a
// DAS file of another type; else the DAS reader's errors.
Result<std::shared_ptr<const das::DlaFile>> open_dsk(const kernels::KernelRegistry& kernels, std::string_view file);

// DSKOBJ: `ids` united with the bodies of the file's segments, sorted, without duplicates.
Result<std::vector<int>> dskobj(const kernels::KernelRegistry& kernels, std::string_view file, std::vector<int> ids);
// DSKSRF: `ids` united with the surfaces of the file's segments for `bodyid`.
Result<std::vector<int>> dsksrf(const kernels::KernelRegistry& kernels, std::string_view file, int bodyid,
                                std::vector<int> ids);

// Every DLA descriptor of the file, 8 integers each (bwdptr fwdptr ibase isize dbase dsize cbase
// csize), flat.
Result<std::vector<int>> dlabfs_all(const kernels::KernelRegistry& kernels, std::string_view file);

// DSKGD of segment `index`: the 24 descriptor values. SPICE(INDEXOUTOFRANGE) when the file has no
// segment `index`.
Result<std::array<double, 24>> dskgd_at(const kernels::KernelRegistry& kernels, std::string_view file, int index);

// DSKB02's outputs, flat for the call list.
struct Type2BoundsFlat {
  int nv = 0;
  int np = 0;
  int nvxtot = 0;
  std::array<double, 6> vtxbds{};
  double voxsiz = 0;
  std::array<double, 3> voxori{};
  std::array<int, 3> vgrext{};
  int cgscal = 0;
  int vtxnpl = 0;
  int voxnpt = 0;
  int voxnpl = 0;
};
struct PlateCounts {
  int nv = 0;
  int np = 0;
};

// The type 2 segment `index` of the file. SPICE(INDEXOUTOFRANGE) when there is none,
// SPICE(WRONGDATATYPE) when that segment is not of type 2.
Result<dsk::Type2Segment> type2_at(const kernels::KernelRegistry& kernels, std::string_view file, int index);

Result<Type2BoundsFlat> dskb02_at(const kernels::KernelRegistry& kernels, std::string_view file, int index);
Result<PlateCounts> dskz02_at(const kernels::KernelRegistry& kernels, std::string_view file, int index);
// Plates (3 vertex ids each) and vertices (3 coordinates each), flat.
Result<std::vector<int>> dskp02_at(const kernels::KernelRegistry& kernels, std::string_view file, int index, int start,
                                   int room);
Result<std::vector<double>> dskv02_at(const kernels::KernelRegistry& kernels, std::string_view file, int index,
                                      int start, int room);
Result<std::array<double, 3>> dskn02_at(const kernels::KernelRegistry& kernels, std::string_view file, int index,
                                        int plid);
Result<std::vector<int>> dski02_at(const kernels::KernelRegistry& kernels, std::string_view file, int index, int item,
                                   int start, int room);
Result<std::vector<double>> dskd02_at(const kernels::KernelRegistry& kernels, std::string_view file, int index,
                                      int item, int start, int room);

}  // namespace sc::inventory
