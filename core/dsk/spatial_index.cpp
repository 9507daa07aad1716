#include "dsk/spatial_index.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "dsk/point_plate_x02.hpp"
#include "math/exp_log.hpp"
#include "math/vector_ops.hpp"

namespace sc::dsk {
namespace {

constexpr double kDpmax = std::numeric_limits<double>::max();
constexpr double kDpmin = -std::numeric_limits<double>::max();

double d_nint(double x) { return x >= 0 ? std::floor(x + 0.5) : -std::floor(0.5 - x); }
double brcktd(double x, double lo, double hi) { return x < lo ? lo : x > hi ? hi : x; }

Error range_error(const std::string& what) { return make_error("SPICE(VALUEOUTOFRANGE)", what); }

// A linked list of (pointer slot -> values), as ZZINILNK/ZZADDLNK keep it: the newest value of a
// slot first. ZZUNTNGL flattens it into counts followed by values.
struct LinkedCells {
  std::vector<int> head;                   // per slot: the newest cell, -1 for none
  std::vector<std::array<int, 2>> cells;   // (value, next cell)
  int capacity = 0;

  LinkedCells(int slots, int cap) : head(static_cast<std::size_t>(slots), -1), capacity(cap) {}

  Status add(int slot, int value) {
    if (static_cast<int>(cells.size()) + 1 > capacity) {
      return make_error("SPICE(CELLARRAYTOOSMALL)", "The workspace of " + std::to_string(capacity) +
                                                        " cells cannot hold every voxel-plate association.");
    }
    cells.push_back({value, head[static_cast<std::size_t>(slot - 1)]});
    head[static_cast<std::size_t>(slot - 1)] = static_cast<int>(cells.size());
    return {};
  }

  // ZZUNTNGL: `ptrs` gets each slot's 1-based position in `list` (its count), or -1.
  Status untangle(int nslots, int maxlist, std::vector<int>& ptrs, std::vector<int>& list) const {
    ptrs.assign(static_cast<std::size_t>(nslots), -1);
    list.clear();
    for (int slot = 1; slot <= nslots; ++slot) {
      std::vector<int> values;
      for (int c = head[static_cast<std::size_t>(slot - 1)]; c != -1; c = cells[static_cast<std::size_t>(c - 1)][1]) {
        values.push_back(cells[static_cast<std::size_t>(c - 1)][0]);
      }
      if (values.empty()) continue;
      if (static_cast<int>(list.size() + 1 + values.size()) > maxlist) {
        return make_error("SPICE(BARRAYTOOSMALL)", "The output list of " + std::to_string(maxlist) +
                                                       " integers cannot hold every association.");
      }
      ptrs[static_cast<std::size_t>(slot - 1)] = static_cast<int>(list.size()) + 1;
      list.push_back(static_cast<int>(values.size()));
      list.insert(list.end(), values.begin(), values.end());
    }
    return {};
  }
};

std::array<double, 3> vertex(std::span<const double> v, int id) {
  const auto k = static_cast<std::size_t>(id - 1) * 3;
  return {v[k], v[k + 1], v[k + 2]};
}

}  // namespace

Result<SpatialIndex> dskmi2(int nv, std::span<const double> vrtces, int np, std::span<const int> plates, double finscl,
                            int corscl, int worksz, int voxpsz, int voxlsz, bool makvtl, int spxisz) {
  if (finscl <= 0.) {
    return make_error("SPICE(BADFINEVOXELSCALE)", "Fine voxel scale = " + std::to_string(finscl) +
                                                      "; scale must be positive. Usually scale should be > 1.0.");
  }
  if (corscl < 1) {
    return make_error("SPICE(BADCOARSEVOXSCALE)", "Coarse voxel scale = " + std::to_string(corscl) + "; scale must be >= 1.");
  }
  if (nv < 3 || nv > 16000002) {
    return make_error("SPICE(BADVERTEXCOUNT)", "Vertex count NV = " + std::to_string(nv) + "; count must be in the range 3:16000002.");
  }
  if (np < 1 || np > 32000000) {
    return make_error("SPICE(BADPLATECOUNT)", "Plate count NP = " + std::to_string(np) + "; count must be in the range 1:32000000.");
  }
  if (worksz < np + 1) {
    return make_error("SPICE(WORKSPACETOOSMALL)", "Workspace size = " + std::to_string(worksz) +
                                                      "; size is too small to hold all voxel-plate associations.");
  }
  if (voxpsz < 1) {
    return make_error("SPICE(PTRARRAYTOOSMALL)", "Voxel-pointer array size = " + std::to_string(voxpsz) + "; size is too small.");
  }
  if (voxlsz < np + 1) {
    return make_error("SPICE(PLATELISTTOOSMALL)", "Voxel-plate list array size = " + std::to_string(voxlsz) + "; size is too small.");
  }
  long long reqsiz = static_cast<long long>(voxpsz) + 100007 + voxlsz;
  const long long vtxlsz = makvtl ? static_cast<long long>(nv) + 3LL * np : 0;
  if (makvtl) reqsiz += nv + vtxlsz;
  if (spxisz < reqsiz) {
    return make_error("SPICE(INTINDEXTOOSMALL)", "Integer spatial index size = " + std::to_string(spxisz) +
                                                     "; size must be at least " + std::to_string(reqsiz) + ".");
  }
  if (vrtces.size() < static_cast<std::size_t>(3 * nv) || plates.size() < static_cast<std::size_t>(3 * np)) {
    return make_error("SPICE(INVALIDSIZE)", "The vertex or plate array is shorter than NV or NP say.");
  }
  for (int i = 0; i < 3 * np; ++i) {
    if (plates[static_cast<std::size_t>(i)] < 1 || plates[static_cast<std::size_t>(i)] > nv) {
      return make_error("SPICE(BADVERTEXINDEX)", "Plate " + std::to_string(i / 3 + 1) + " names vertex " +
                                                     std::to_string(plates[static_cast<std::size_t>(i)]) +
                                                     "; vertices are 1:" + std::to_string(nv) + ".");
    }
  }

  // ZZMKSPIN: the bounding box of all plates and the average plate extent.
  double avext = 0.;
  double xmin = kDpmax, xmax = kDpmin, ymin = kDpmax, ymax = kDpmin, zmin = kDpmax, zmax = kDpmin;
  const auto corners = [&](int i) {
    const std::size_t k = static_cast<std::size_t>(i - 1) * 3;
    return std::array<std::array<double, 3>, 3>{vertex(vrtces, plates[k]), vertex(vrtces, plates[k + 1]),
                                                vertex(vrtces, plates[k + 2])};
  };
  for (int i = 1; i <= np; ++i) {
    const auto p = corners(i);
    double bxmin = kDpmax, bxmax = kDpmin, bymin = kDpmax, bymax = kDpmin, bzmin = kDpmax, bzmax = kDpmin;
    for (int j = 0; j < 3; ++j) {
      bxmin = std::min(bxmin, p[j][0]);
      bxmax = std::max(bxmax, p[j][0]);
      bymin = std::min(bymin, p[j][1]);
      bymax = std::max(bymax, p[j][1]);
      bzmin = std::min(bzmin, p[j][2]);
      bzmax = std::max(bzmax, p[j][2]);
      xmin = std::min(xmin, bxmin);
      xmax = std::max(xmax, bxmax);
      ymin = std::min(ymin, bymin);
      ymax = std::max(ymax, bymax);
      zmin = std::min(zmin, bzmin);
      zmax = std::max(zmax, bzmax);
    }
    avext = avext + std::abs(bxmax - bxmin) + std::abs(bymax - bymin) + std::abs(bzmax - bzmin);
  }
  SpatialIndex out;
  auto& d = out.spaixd;
  d[0] = xmin; d[1] = xmax; d[2] = ymin; d[3] = ymax; d[4] = zmin; d[5] = zmax;
  avext /= static_cast<double>(np * 3);
  const double voxsiz = finscl * avext;
  const double mdltol = voxsiz * .001;
  std::array<double, 6> xextnt{};
  for (std::size_t i = 0; i < 6; i += 2) {
    xextnt[i] = d[i] - mdltol;
    xextnt[i + 1] = d[i + 1] + mdltol;
  }
  const double cvxsiz = voxsiz * corscl;
  const double xvmin = d_nint(xmin / cvxsiz - 1.);
  const double yvmin = d_nint(ymin / cvxsiz - 1.);
  const double zvmin = d_nint(zmin / cvxsiz - 1.);
  const double xvmax = d_nint(xmax / cvxsiz + 1.);
  const double yvmax = d_nint(ymax / cvxsiz + 1.);
  const double zvmax = d_nint(zmax / cvxsiz + 1.);
  const std::array<double, 3> voxori{xvmin * cvxsiz, yvmin * cvxsiz, zvmin * cvxsiz};
  const int nx = static_cast<int>(d_nint(xvmax - xvmin)) * corscl;
  const int ny = static_cast<int>(d_nint(yvmax - yvmin)) * corscl;
  const int nz = static_cast<int>(d_nint(zvmax - zvmin)) * corscl;
  const long long nvxtot = static_cast<long long>(nx) * ny * nz;
  if (nvxtot > 100000000) {
    return range_error("Fine voxel count NVXTOT = " + std::to_string(nvxtot) + "; count must be in the range 1:100000000.");
  }
  if (static_cast<double>(corscl) > math::pow(static_cast<double>(nvxtot), .33333333333333331)) {
    return range_error("Coarse voxel scale = " + std::to_string(corscl) + "; scale must be in the range 1:NVXTOT**(1/3).");
  }
  const long long npcg = static_cast<long long>(corscl) * corscl * corscl;
  if (nvxtot % npcg != 0) {
    return make_error("SPICE(INCOMPATIBLESCALE)", "Coarse voxel scale = " + std::to_string(corscl) +
                                                      "; the cube of the scale must divide NVXTOT evenly.");
  }
  const long long ncgflg = nvxtot / npcg;
  if (ncgflg > kCoarseGridSlots) {
    return make_error("SPICE(COARSEGRIDOVERFLOW)", "Number of coarse voxels " + std::to_string(ncgflg) +
                                                       " exceeds limit 100000. Increase coarse voxel scale, fine voxel scale, or both.");
  }
  const std::array<int, 3> nvox{nx, ny, nz};
  const std::array<int, 3> cgrdim{nx / corscl, ny / corscl, nz / corscl};
  std::vector<int> cgrptr(static_cast<std::size_t>(ncgflg), 0);
  LinkedCells links(voxpsz, worksz);
  int to = 1;
  const auto grid_voxel = [&](const std::array<double, 3>& xyz, std::array<int, 3>& vc) {  // ZZGETVOX
    for (std::size_t i = 0; i < 3; ++i) {
      const double term = (xyz[i] - voxori[i]) / voxsiz;
      if (term < 0. || term > static_cast<double>(nvox[i])) return false;
      vc[i] = static_cast<int>(term) < nvox[i] ? static_cast<int>(term) + 1 : nvox[i];
    }
    return true;
  };
  for (int i = 1; i <= np; ++i) {
    const auto p = corners(i);
    const std::array<double, 3> lo{brcktd(std::min(std::min(p[0][0], p[1][0]), p[2][0]) - mdltol, xextnt[0], xextnt[1]),
                                   brcktd(std::min(std::min(p[0][1], p[1][1]), p[2][1]) - mdltol, xextnt[2], xextnt[3]),
                                   brcktd(std::min(std::min(p[0][2], p[1][2]), p[2][2]) - mdltol, xextnt[4], xextnt[5])};
    const std::array<double, 3> hi{brcktd(std::max(std::max(p[0][0], p[1][0]), p[2][0]) + mdltol, xextnt[0], xextnt[1]),
                                   brcktd(std::max(std::max(p[0][1], p[1][1]), p[2][1]) + mdltol, xextnt[2], xextnt[3]),
                                   brcktd(std::max(std::max(p[0][2], p[1][2]), p[2][2]) + mdltol, xextnt[4], xextnt[5])};
    std::array<int, 3> gmin{};
    std::array<int, 3> gmax{};
    if (!grid_voxel(lo, gmin) || !grid_voxel(hi, gmax)) {
      return make_error("SPICE(BUG)", "The bounding box of plate " + std::to_string(i) + " is outside of the voxel grid.");
    }
    for (int iz = gmin[2]; iz <= gmax[2]; ++iz) {
      for (int iy = gmin[1]; iy <= gmax[1]; ++iy) {
        for (int ix = gmin[0]; ix <= gmax[0]; ++ix) {
          // ZZVOXCVO, ZZVOX2ID: the coarse voxel and the fine voxel's place in it.
          const std::array<int, 3> v{ix, iy, iz};
          std::array<int, 3> cg{};
          std::array<int, 3> off{};
          for (std::size_t k = 0; k < 3; ++k) {
            cg[k] = (v[k] - 1) / corscl + 1;
            off[k] = v[k] - corscl * (cg[k] - 1);
          }
          const int cgof1d = (off[2] - 1) * corscl * corscl + (off[1] - 1) * corscl + off[0];
          const int cvid = cg[0] + cgrdim[0] * (cg[1] - 1 + (cg[2] - 1) * cgrdim[1]);
          if (cgrptr[static_cast<std::size_t>(cvid - 1)] == 0) {
            cgrptr[static_cast<std::size_t>(cvid - 1)] = to;
            to += static_cast<int>(npcg);
          }
          const int ixptr = cgrptr[static_cast<std::size_t>(cvid - 1)] - 1 + cgof1d;
          if (ixptr < 1 || ixptr > voxpsz) {
            return make_error("SPICE(AVALOUTOFRANGE)", "Voxel pointer index " + std::to_string(ixptr) +
                                                           " exceeds the voxel-pointer array size " + std::to_string(voxpsz) + ".");
          }
          SC_TRY(links.add(ixptr, i));
        }
      }
    }
  }
  const int nvxptr = to - 1;
  std::vector<int> vxptr;
  std::vector<int> vxlist;
  if (nvxptr > worksz) return make_error("SPICE(BARRAYTOOSMALL)", "The voxel pointer count exceeds the workspace.");
  SC_TRY(links.untangle(nvxptr, voxlsz, vxptr, vxlist));
  d[6] = voxori[0];
  d[7] = voxori[1];
  d[8] = voxori[2];
  d[9] = voxsiz;

  auto& s = out.spaixi;
  s = {nx, ny, nz, corscl, nvxptr, static_cast<int>(vxlist.size()), 0};
  s.resize(kSpaixiFixed, 0);
  std::copy(cgrptr.begin(), cgrptr.end(), s.begin() + 7);
  s.insert(s.end(), vxptr.begin(), vxptr.end());
  s.insert(s.end(), vxlist.begin(), vxlist.end());
  if (makvtl) {
    // ZZVRTPLT: each vertex's plates.
    LinkedCells vlinks(nv, static_cast<int>(vtxlsz));
    for (int i = 1; i <= np; ++i) {
      for (int j = 0; j < 3; ++j) SC_TRY(vlinks.add(plates[static_cast<std::size_t>(3 * (i - 1) + j)], i));
    }
    std::vector<int> vtptr;
    std::vector<int> vtlist;
    SC_TRY(vlinks.untangle(nv, static_cast<int>(vtxlsz), vtptr, vtlist));
    s[6] = static_cast<int>(vtlist.size());
    s.insert(s.end(), vtptr.begin(), vtptr.end());
    s.insert(s.end(), vtlist.begin(), vtlist.end());
  }
  return out;
}

Result<std::array<double, 2>> dskrb2(int nv, std::span<const double> vrtces, int np, std::span<const int> plates,
                                     int corsys) {
  if (vrtces.size() < static_cast<std::size_t>(3 * nv) || plates.size() < static_cast<std::size_t>(3 * np)) {
    return make_error("SPICE(INVALIDSIZE)", "The vertex or plate array is shorter than NV or NP say.");
  }
  if (corsys == 1) {
    double mxcor3 = 0.;
    for (int i = 1; i <= nv; ++i) mxcor3 = std::max(math::vnorm(vertex(vrtces, i)), mxcor3);
    double mncor3 = kDpmax;
    for (int i = 1; i <= np; ++i) {
      const std::size_t k = static_cast<std::size_t>(i - 1) * 3;
      const auto near = pltnp(math::Vec3{0, 0, 0}, vertex(vrtces, plates[k]), vertex(vrtces, plates[k + 1]),
                              vertex(vrtces, plates[k + 2]));
      mncor3 = std::min(near.dist, mncor3);
    }
    return std::array<double, 2>{mncor3, mxcor3};
  }
  if (corsys == 3) {
    double mncor3 = kDpmax;
    double mxcor3 = kDpmin;
    for (int i = 1; i <= nv; ++i) {
      mncor3 = std::min(mncor3, vrtces[static_cast<std::size_t>(3 * i - 1)]);
      mxcor3 = std::max(mxcor3, vrtces[static_cast<std::size_t>(3 * i - 1)]);
    }
    return std::array<double, 2>{mncor3, mxcor3};
  }
  return make_error("SPICE(NOTSUPPORTED)", "Coordinate system " + std::to_string(corsys) + " is not supported.");
}

}  // namespace sc::dsk
