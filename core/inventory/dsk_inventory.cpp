#include "inventory/dsk_inventory.hpp"

#include <algorithm>
#include <string>

#include "errors/quoted.hpp"
#include "kernels/file_type.hpp"

namespace sc::inventory {
namespace {

std::vector<int> sorted_unique(std::vector<int> ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

Result<das::DlaDescriptor> segment_at(const das::DlaFile& file, int index) {
  if (index < 0 || static_cast<std::size_t>(index) >= file.segments.size()) {
    return make_error("SPICE(INDEXOUTOFRANGE)", "The DSK file " + quoted(file.das.file_name()) + " has " +
                                                    std::to_string(file.segments.size()) + " segments; there is no segment " +
                                                    std::to_string(index) + " (0-based).");
  }
  return file.segments[static_cast<std::size_t>(index)];
}

}  // namespace

Result<std::shared_ptr<const das::DlaFile>> open_dsk(const kernels::KernelRegistry& kernels, std::string_view file) {
  if (file.find_first_not_of(' ') == std::string_view::npos) {
    return make_error("SPICE(BLANKFILENAME)", "The file name is blank.");
  }
  for (const auto& k : kernels.loaded()) {
    if (k.info.file == file && k.dla) return k.dla;
  }
  auto bytes = kernels.read_bytes(file);
  if (!bytes) {
    // GETFAT's code for a file that does not exist.
    if (bytes.error().short_code == "SPICE(NOSUCHFILE)") {
      return make_error("SPICE(FILENOTFOUND)", "The file " + quoted(file) + " was not found.");
    }
    return std::move(bytes).error();
  }
  const auto ft = kernels::detect_file_type(bytes->span());
  if (ft.arch != "DAS") {
    return make_error("SPICE(INVALIDARCHTYPE)", "Input file " + quoted(file) + " has architecture " + ft.arch +
                                                    ". The file must be a binary DSK file to be readable by this "
                                                    "routine. Binary DSK files have DAS architecture.");
  }
  if (ft.type != "DSK") {
    return make_error("SPICE(INVALIDFILETYPE)", "Input file " + quoted(file) + " has file type " + ft.type +
                                                    ". The file must be a binary DSK file to be readable by this "
                                                    "routine.");
  }
  return das::DlaFile::open(std::move(*bytes), std::string(file));
}

Result<std::vector<int>> dskobj(const kernels::KernelRegistry& kernels, std::string_view file, std::vector<int> ids) {
  SC_TRY_ASSIGN(auto&& dla, open_dsk(kernels, file));
  for (const auto& seg : dla->segments) {
    SC_TRY_ASSIGN(auto&& d, dsk::dskgd(dla->das, seg));
    ids.push_back(d.center());
  }
  return sorted_unique(std::move(ids));
}

Result<std::vector<int>> dsksrf(const kernels::KernelRegistry& kernels, std::string_view file, int bodyid,
                                std::vector<int> ids) {
  SC_TRY_ASSIGN(auto&& dla, open_dsk(kernels, file));
  for (const auto& seg : dla->segments) {
    SC_TRY_ASSIGN(auto&& d, dsk::dskgd(dla->das, seg));
    if (d.center() == bodyid) ids.push_back(d.surface());
  }
  return sorted_unique(std::move(ids));
}

Result<std::vector<int>> dlabfs_all(const kernels::KernelRegistry& kernels, std::string_view file) {
  SC_TRY_ASSIGN(auto&& dla, open_dsk(kernels, file));
  std::vector<int> out;
  for (const auto& seg : dla->segments) {
    for (int v : seg.to_array()) out.push_back(v);
  }
  return out;
}

Result<std::array<double, 24>> dskgd_at(const kernels::KernelRegistry& kernels, std::string_view file, int index) {
  SC_TRY_ASSIGN(auto&& dla, open_dsk(kernels, file));
  SC_TRY_ASSIGN(auto&& seg, segment_at(*dla, index));
  SC_TRY_ASSIGN(auto&& d, dsk::dskgd(dla->das, seg));
  return d.values;
}

Result<dsk::Type2Segment> type2_at(const kernels::KernelRegistry& kernels, std::string_view file, int index) {
  SC_TRY_ASSIGN(auto&& dla, open_dsk(kernels, file));
  SC_TRY_ASSIGN(auto&& seg, segment_at(*dla, index));
  SC_TRY_ASSIGN(auto&& d, dsk::dskgd(dla->das, seg));
  if (d.data_type() != 2) {
    return make_error("SPICE(WRONGDATATYPE)", "Segment " + std::to_string(index) + " of " + quoted(file) +
                                                  " has DSK data type " + std::to_string(d.data_type()) +
                                                  "; only type 2 is read.");
  }
  return dsk::Type2Segment::open(dla, seg);
}

Result<Type2BoundsFlat> dskb02_at(const kernels::KernelRegistry& kernels, std::string_view file, int index) {
  SC_TRY_ASSIGN(auto&& seg, type2_at(kernels, file, index));
  const auto& b = seg.bounds();
  Type2BoundsFlat f;
  f.nv = b.nv;
  f.np = b.np;
  f.nvxtot = b.nvxtot;
  f.vtxbds = {b.vtxbds[0][0], b.vtxbds[0][1], b.vtxbds[1][0], b.vtxbds[1][1], b.vtxbds[2][0], b.vtxbds[2][1]};
  f.voxsiz = b.voxsiz;
  f.voxori = b.voxori;
  f.vgrext = b.vgrext;
  f.cgscal = b.cgscal;
  f.vtxnpl = b.vtxnpl;
  f.voxnpt = b.voxnpt;
  f.voxnpl = b.voxnpl;
  return f;
}

Result<PlateCounts> dskz02_at(const kernels::KernelRegistry& kernels, std::string_view file, int index) {
  SC_TRY_ASSIGN(auto&& seg, type2_at(kernels, file, index));
  return PlateCounts{seg.nv(), seg.np()};
}

Result<std::vector<int>> dskp02_at(const kernels::KernelRegistry& kernels, std::string_view file, int index, int start,
                                   int room) {
  SC_TRY_ASSIGN(auto&& seg, type2_at(kernels, file, index));
  SC_TRY_ASSIGN(auto&& plates, seg.dskp02(start, room));
  std::vector<int> out;
  for (const auto& p : plates) out.insert(out.end(), p.begin(), p.end());
  return out;
}

Result<std::vector<double>> dskv02_at(const kernels::KernelRegistry& kernels, std::string_view file, int index,
                                      int start, int room) {
  SC_TRY_ASSIGN(auto&& seg, type2_at(kernels, file, index));
  SC_TRY_ASSIGN(auto&& verts, seg.dskv02(start, room));
  std::vector<double> out;
  for (const auto& v : verts) out.insert(out.end(), v.begin(), v.end());
  return out;
}

Result<std::array<double, 3>> dskn02_at(const kernels::KernelRegistry& kernels, std::string_view file, int index,
                                        int plid) {
  SC_TRY_ASSIGN(auto&& seg, type2_at(kernels, file, index));
  return seg.dskn02(plid);
}

Result<std::vector<int>> dski02_at(const kernels::KernelRegistry& kernels, std::string_view file, int index, int item,
                                   int start, int room) {
  SC_TRY_ASSIGN(auto&& seg, type2_at(kernels, file, index));
  SC_TRY_ASSIGN(auto&& v, seg.dski02(item, start, room));
  return std::vector<int>(v.begin(), v.end());
}

Result<std::vector<double>> dskd02_at(const kernels::KernelRegistry& kernels, std::string_view file, int index,
                                      int item, int start, int room) {
  SC_TRY_ASSIGN(auto&& seg, type2_at(kernels, file, index));
  return seg.dskd02(item, start, room);
}

}  // namespace sc::inventory
