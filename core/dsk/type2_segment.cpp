#include "dsk/type2_segment.hpp"

#include <algorithm>
#include <string>

#include "errors/quoted.hpp"

namespace sc::dsk {
namespace {

Error index_error(const das::DasFile& file, const das::DlaDescriptor& dla, const char* what, int count,
                  const char* name, int value) {
  return make_error("SPICE(INDEXOUTOFRANGE)",
                    "Segment in DSK file " + quoted(file.file_name()) + " with DAS base addresses INT = " +
                        std::to_string(dla.ibase) + ", DP = " + std::to_string(dla.dbase) +
                        ", CHR = " + std::to_string(dla.cbase) + " contains " + std::to_string(count) + " " + what +
                        ", so " + name + " must be in the range 1:" + std::to_string(count) + "; actual value was " +
                        std::to_string(value) + ".");
}

Error room_error(int room) {
  return make_error("SPICE(VALUEOUTOFRANGE)", "ROOM was " + std::to_string(room) + "; must be positive.");
}

Error start_error(int item, int size, int start) {
  return make_error("SPICE(INDEXOUTOFRANGE)",
                    "START must be in the range defined by the size of the data associated with the keyword "
                    "parameter " + std::to_string(item) + ", namely 1:" + std::to_string(size) +
                        ".  Actual value of START was " + std::to_string(start) + ".");
}

}  // namespace

Result<DskDescriptor> dskgd(const das::DasFile& file, const das::DlaDescriptor& dla) {
  if (dla.dsize < 24) {
    return make_error("SPICE(INVALIDFORMAT)", "Size of d.p. component of segment is " + std::to_string(dla.dsize) +
                                                  "; cannot extract descriptor.  This is a file format error which "
                                                  "may be indicative of a corrupted file.");
  }
  if (dla.dbase < 0 || dla.dbase > file.last_address(das::DataType::dp)) {
    return make_error("SPICE(DASNOSUCHADDRESS)", "The segment's double base address " + std::to_string(dla.dbase) +
                                                     " lies outside " + quoted(file.file_name()) + ".");
  }
  DskDescriptor d;
  SC_TRY(file.read_doubles(dla.dbase + 1, d.values));
  return d;
}

Result<Type2Segment> Type2Segment::open(std::shared_ptr<const das::DlaFile> file, const das::DlaDescriptor& dla) {
  const das::DasFile& das = file->das;
  Type2Segment s;
  // Base addresses outside the file (a corrupt descriptor) would overflow the address arithmetic.
  if (dla.ibase < 0 || dla.dbase < 0 || dla.ibase > das.last_address(das::DataType::integer) ||
      dla.dbase > das.last_address(das::DataType::dp)) {
    return make_error("SPICE(INVALIDFORMAT)", "The DLA descriptor's base addresses lie outside " +
                                                  quoted(das.file_name()) + "; the file may be corrupt.");
  }
  SC_TRY_ASSIGN(s.descriptor_, dskgd(das, dla));
  std::array<std::int32_t, 10> h{};
  SC_TRY(das.read_ints(dla.ibase + 1, h));
  if (h[6] < 1) {
    return make_error("SPICE(VALUEOUTOFRANGE)", "Coarse voxel grid scale is " + std::to_string(h[6]) +
                                                    "; this scale should be an integer > 1");
  }
  Type2Bounds& b = s.bounds_;
  b.nv = h[0];
  b.np = h[1];
  b.nvxtot = h[2];
  b.vgrext = {h[3], h[4], h[5]};
  b.cgscal = h[6];
  b.voxnpt = h[7];
  b.voxnpl = h[8];
  b.vtxnpl = h[9];
  std::array<double, 10> d{};
  SC_TRY(das.read_doubles(dla.dbase + 25, d));
  b.vtxbds = {{{d[0], d[1]}, {d[2], d[3]}, {d[4], d[5]}}};
  b.voxori = {d[6], d[7], d[8]};
  b.voxsiz = d[9];

  // Every later read is unchecked: make sure the header's sizes fit the segment and the file.
  const long long cg = static_cast<long long>(b.cgscal) * b.cgscal * b.cgscal;
  const long long ncgr = b.nvxtot / cg;
  const long long ints = 10 + 3LL * b.np + b.voxnpt + b.voxnpl + b.nv + b.vtxnpl + ncgr;
  const long long dps = 34 + 3LL * b.nv;
  if (b.nv < 0 || b.np < 0 || b.nvxtot < 0 || b.voxnpt < 0 || b.voxnpl < 0 || b.vtxnpl < 0 || ints > dla.isize ||
      dps > dla.dsize || dla.ibase + ints > das.last_address(das::DataType::integer) ||
      dla.dbase + dps > das.last_address(das::DataType::dp) ||
      static_cast<long long>(b.vgrext[0]) * b.vgrext[1] * b.vgrext[2] != b.nvxtot) {
    return make_error("SPICE(INVALIDFORMAT)", "The type 2 DSK segment at integer base " + std::to_string(dla.ibase) +
                                                  " of " + quoted(das.file_name()) +
                                                  " has sizes its components cannot hold; the file may be corrupt.");
  }
  s.file_ = std::move(file);
  s.dla_ = dla;
  s.ncgr_ = static_cast<int>(ncgr);
  return s;
}

int Type2Segment::int_base(Type2Item item) const {
  const Type2Bounds& b = bounds_;
  const int base = dla_.ibase;
  switch (item) {
    case Type2Item::vgrext: return base + 3;
    case Type2Item::plates: return base + 10;
    case Type2Item::voxel_pointers: return base + 10 + b.np * 3;
    case Type2Item::voxel_plates: return base + 10 + b.np * 3 + b.voxnpt;
    case Type2Item::vertex_pointers: return base + 10 + b.np * 3 + b.voxnpt + b.voxnpl;
    case Type2Item::vertex_plates: return base + 10 + b.np * 3 + b.voxnpt + b.voxnpl + b.nv;
    case Type2Item::coarse_grid: return base + 10 + b.np * 3 + b.voxnpt + b.voxnpl + b.nv + b.vtxnpl;
    default: return base;
  }
}

Result<std::vector<std::int32_t>> Type2Segment::dski02(int item, int start, int room) const {
  // DSKI02's order: ROOM first, then the item, then START.
  if (room <= 0) return room_error(room);
  const Type2Bounds& b = bounds_;
  int scalar = 0;
  bool is_scalar = true;
  int size = 1;
  switch (static_cast<Type2Item>(item)) {
    case Type2Item::nv: scalar = b.nv; break;
    case Type2Item::np: scalar = b.np; break;
    case Type2Item::nvxtot: scalar = b.nvxtot; break;
    case Type2Item::cgscal: scalar = b.cgscal; break;
    case Type2Item::voxnpt: scalar = b.voxnpt; break;
    case Type2Item::voxnpl: scalar = b.voxnpl; break;
    case Type2Item::vtxnpl: scalar = b.vtxnpl; break;
    case Type2Item::vgrext: is_scalar = false; size = 3; break;
    case Type2Item::plates: is_scalar = false; size = b.np * 3; break;
    case Type2Item::voxel_pointers: is_scalar = false; size = b.voxnpt; break;
    case Type2Item::voxel_plates: is_scalar = false; size = b.voxnpl; break;
    case Type2Item::vertex_pointers: is_scalar = false; size = b.nv; break;
    case Type2Item::vertex_plates: is_scalar = false; size = b.vtxnpl; break;
    case Type2Item::coarse_grid: is_scalar = false; size = ncgr_; break;
    default:
      return make_error("SPICE(NOTSUPPORTED)", "Keyword parameter " + std::to_string(item) + " was not recognized.");
  }
  if (is_scalar && start == 1) return std::vector<std::int32_t>{scalar};
  if (start < 1 || start > size) return start_error(item, size, start);
  const int n = std::min(room, size - start + 1);
  std::vector<std::int32_t> out(static_cast<std::size_t>(n));
  SC_TRY(file_->das.read_ints(int_base(static_cast<Type2Item>(item)) + start, out));
  return out;
}

Result<std::vector<double>> Type2Segment::dskd02(int item, int start, int room) const {
  if (room <= 0) return room_error(room);
  int size = 0;
  int base = dla_.dbase;
  switch (static_cast<Type2Item>(item)) {
    case Type2Item::vertices: size = bounds_.nv * 3; base += 34; break;
    case Type2Item::descriptor: size = 24; break;
    case Type2Item::vertex_bounds: size = 6; base += 24; break;
    case Type2Item::voxel_origin: size = 3; base += 30; break;
    case Type2Item::voxel_size: size = 1; base += 33; break;
    default:
      return make_error("SPICE(NOTSUPPORTED)", "Keyword parameter " + std::to_string(item) + " was not recognized.");
  }
  if (start < 1 || start > size) return start_error(item, size, start);
  const int n = std::min(room, size - start + 1);
  std::vector<double> out(static_cast<std::size_t>(n));
  SC_TRY(file_->das.read_doubles(base + start, out));
  return out;
}

Result<std::vector<std::array<int, 3>>> Type2Segment::dskp02(int start, int room) const {
  if (start < 1 || start > bounds_.np) return index_error(file_->das, dla_, "plates", bounds_.np, "START", start);
  if (room <= 0) return room_error(room);
  const int n = std::min(room, bounds_.np - start + 1);
  std::vector<std::array<int, 3>> out;
  out.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) out.push_back(plate(start + i));
  return out;
}

Result<std::vector<math::Vec3>> Type2Segment::dskv02(int start, int room) const {
  if (start < 1 || start > bounds_.nv) return index_error(file_->das, dla_, "vertices", bounds_.nv, "START", start);
  if (room <= 0) return room_error(room);
  const int n = std::min(room, bounds_.nv - start + 1);
  std::vector<math::Vec3> out;
  out.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) out.push_back(vertex(start + i));
  return out;
}

Result<math::Vec3> Type2Segment::dskn02(int plid) const {
  if (plid < 1 || plid > bounds_.np) return index_error(file_->das, dla_, "plates", bounds_.np, "PLID", plid);
  const auto p = plate(plid);
  const math::Vec3 v1 = vertex(p[0]);
  const math::Vec3 v2 = vertex(p[1]);
  const math::Vec3 v3 = vertex(p[2]);
  return math::ucrss(math::vsub(v2, v1), math::vsub(v3, v1));
}

std::array<int, 3> Type2Segment::plate(int plid) const {
  const int at = int_base(Type2Item::plates) + (plid - 1) * 3;
  const auto& das = file_->das;
  return {das.int_at(at + 1), das.int_at(at + 2), das.int_at(at + 3)};
}

math::Vec3 Type2Segment::vertex(int vid) const {
  const int at = dla_.dbase + 34 + (vid - 1) * 3;
  const auto& das = file_->das;
  return {das.double_at(at + 1), das.double_at(at + 2), das.double_at(at + 3)};
}

int Type2Segment::voxel_pointer(int index) const { return file_->das.int_at(int_base(Type2Item::voxel_pointers) + index); }

int Type2Segment::coarse_pointer(int index) const { return file_->das.int_at(int_base(Type2Item::coarse_grid) + index); }

int Type2Segment::voxel_plate(int index) const { return file_->das.int_at(int_base(Type2Item::voxel_plates) + index); }

}  // namespace sc::dsk
