#include "dsk/ray_plates_x02.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>
#include <vector>

#include "dsk/ray_geometry.hpp"
#include "dsk/volume_element.hpp"
#include "errors/quoted.hpp"

namespace sc::dsk {
namespace {

using math::Vec3;

// DSKX02's buffer sizes (MAXVOX voxels on a ray, MAXPLT plates per half, MAXCGR coarse voxels).
constexpr int kMaxVox = 50000;
constexpr int kMaxPlates = 256000;
constexpr int kMaxCoarse = 100000;

Error bad_index(const char* what, long long value, long long size) {
  return make_error("SPICE(INDEXOUTOFRANGE)", std::string("The DSK segment's ") + what + " index " +
                                                  std::to_string(value) + " lies outside 1:" + std::to_string(size) +
                                                  "; the file may be corrupt.");
}

Vec3 to_grid(const Vec3& p, const Vec3& voxori, double voxsiz) {  // ZZTOGRID
  return {(p[0] - voxori[0]) / voxsiz, (p[1] - voxori[1]) / voxsiz, (p[2] - voxori[2]) / voxsiz};
}

}  // namespace

Result<std::optional<PlateHit>> dskx02(const Type2Segment& seg, const Vec3& vertex, const Vec3& raydir,
                                       const kernels::DskTolerances& tol) {
  using Found = std::optional<PlateHit>;
  if (math::vzero(raydir)) return make_error("SPICE(RAYISZEROVECTOR)", "Ray direction is the zero vector.");
  const Vec3 udir = math::vhat(raydir);
  const Type2Bounds& b = seg.bounds();
  if (b.voxsiz == 0.0) {
    return make_error("SPICE(INVALIDVALUE)", "Voxel size is zero. This is an error in the DSK file.");
  }
  const Vec3 grdext{b.vgrext[0] * b.voxsiz, b.vgrext[1] * b.voxsiz, b.vgrext[2] * b.voxsiz};
  const double grdtol = std::max(std::max(grdext[0], grdext[1]), grdext[2]) * 1e-12;
  const int cgscal = b.cgscal;
  const std::array<int, 3> cgrext{b.vgrext[0] / cgscal, b.vgrext[1] / cgscal, b.vgrext[2] / cgscal};
  const int cgscl2 = cgscal * cgscal;
  const int ncgr = seg.coarse_voxels();
  if (ncgr > kMaxCoarse) {
    return make_error("SPICE(GRIDTOOLARGE)", "Coarse grid size NCGR = " + std::to_string(ncgr) +
                                                 ". Buffer size = " + std::to_string(kMaxCoarse));
  }
  const double xpdfrc = tol.xfract();
  const double xtol = xpdfrc * std::max(std::max(std::abs(grdext[0]), std::abs(grdext[1])), std::abs(grdext[2]));

  SC_TRY_ASSIGN(auto&& boxhit, ray_box(vertex, raydir, b.voxori, grdext));
  if (!boxhit) return Found{};
  Vec3 vtx2 = *boxhit;
  const Vec3 coord = to_grid(vtx2, b.voxori, b.voxsiz);
  SC_TRY_ASSIGN(auto&& voxlst, voxel_walk(coord, udir, b.vgrext, kMaxVox));
  if (voxlst.empty()) return Found{};
  // A vertex outside the grid: start a unit step back along the ray from where it enters, so that
  // plates at the entry point are not missed (DSKX02).
  const Vec3 vtxoff = math::vsub(vertex, b.voxori);
  if (vtxoff[0] < -grdtol || vtxoff[0] > grdtol + grdext[0] || vtxoff[1] < -grdtol ||
      vtxoff[1] > grdtol + grdext[1] || vtxoff[2] < -grdtol || vtxoff[2] > grdtol + grdext[2]) {
    vtx2 = math::vlcom3(1., b.voxori, b.voxsiz, coord, -1., udir);
  }

  // The voxels on the ray whose coarse voxel holds plates.
  struct Candidate {
    int voxel = 0;               // index into voxlst
    std::array<int, 3> cg{};     // coarse voxel coordinates
    int start = 0;               // the coarse voxel's pointer into the fine voxel pointers
  };
  std::vector<Candidate> cands;
  for (std::size_t i = 0; i < voxlst.size(); ++i) {
    std::array<int, 3> cg{};
    for (std::size_t j = 0; j < 3; ++j) cg[j] = (voxlst[i][j] - 1) / cgscal + 1;
    const int cvid = cg[0] + cgrext[0] * (cg[1] + cg[2] * cgrext[1] - (cgrext[1] + 1));
    if (cvid < 1 || cvid > ncgr) return bad_index("coarse voxel", cvid, ncgr);
    const int ptr = seg.coarse_pointer(cvid);
    if (ptr > 0) cands.push_back(Candidate{static_cast<int>(i), cg, ptr});
  }
  const int nvxout = static_cast<int>(cands.size());
  if (nvxout == 0) return Found{};

  const double greedm = tol.sgreed();
  const DskDescriptor& dsc = seg.descriptor();
  bool have = false;
  std::optional<PlateHit> result;
  Vec3 xpt{};  // DSKX02 writes its output point for every nearer candidate, accepted or not
  const int grpsiz = std::max(1, (nvxout + 1) / 2);
  const int ngroup = (nvxout - 1) / grpsiz + 1;
  std::vector<int> platid;
  std::vector<int> source;
  for (int group = 1; group <= ngroup && !have; ++group) {
    platid.clear();
    source.clear();
    const int grpbeg = (group - 1) * grpsiz + 1;
    const int grpend = std::min(grpbeg + grpsiz - 1, nvxout);
    for (int vi = grpbeg; vi <= grpend; ++vi) {
      const Candidate& c = cands[static_cast<std::size_t>(vi - 1)];
      const auto& v = voxlst[static_cast<std::size_t>(c.voxel)];
      const int fx = v[0] - cgscal * (c.cg[0] - 1);
      const int fy = v[1] - cgscal * (c.cg[1] - 1);
      const int fz = v[2] - cgscal * (c.cg[2] - 1);
      const int offset = fx + cgscal * (fy - 1) + cgscl2 * (fz - 1);
      const int j = c.start + offset - 1;
      if (j < 1 || j > b.voxnpt) return bad_index("voxel pointer", j, b.voxnpt);
      const int voxptr = seg.voxel_pointer(j);
      int nplate = 0;
      if (voxptr != -1) {
        if (voxptr < 1 || voxptr > b.voxnpl) return bad_index("voxel-plate list", voxptr, b.voxnpl);
        nplate = seg.voxel_plate(voxptr);
      }
      if (nplate > 0) {
        if (nplate > kMaxPlates - static_cast<int>(platid.size())) {
          return make_error("SPICE(ARRAYTOOSMALL)", "NPLATE = " + std::to_string(nplate) + ". Available room in PLATID array = " +
                                                        std::to_string(kMaxPlates - static_cast<int>(platid.size())) +
                                                        ". Array size = " + std::to_string(kMaxPlates) + ".");
        }
        if (static_cast<long long>(voxptr) + nplate > b.voxnpl) return bad_index("voxel-plate list", voxptr + nplate, b.voxnpl);
        for (int k = 1; k <= nplate; ++k) {
          const int id = seg.voxel_plate(voxptr + k);
          if (id < 1 || id > b.np) return bad_index("plate", id, b.np);
          platid.push_back(id);
          source.push_back(vi);
        }
      }
    }
    // Each plate is tested once, at its first appearance: later copies are marked negative
    // (ORDERI and the pass after it in DSKX02; which copy of equal IDs sorts first does not matter).
    const std::size_t totplt = platid.size();
    if (totplt > 1) {
      std::vector<std::size_t> ord(totplt);
      std::iota(ord.begin(), ord.end(), 0);
      std::stable_sort(ord.begin(), ord.end(), [&](std::size_t a, std::size_t c) { return platid[a] < platid[c]; });
      std::size_t minidx = ord[0];
      for (std::size_t i = 1; i < totplt; ++i) {
        if (platid[ord[i]] == std::abs(platid[ord[i - 1]])) {
          if (ord[i] < minidx) {
            platid[minidx] = -platid[minidx];
            minidx = ord[i];
          } else {
            platid[ord[i]] = -platid[ord[i]];
          }
        } else {
          minidx = ord[i];
        }
      }
    }
    bool extra = false;
    int final_voxel = 0;
    double near = 0.;
    for (std::size_t i = 0; i < totplt && !extra; ++i) {
      const int j = platid[i];
      if (j <= 0) continue;
      // Plates of voxels beyond the one holding the best hit cannot give a nearer hit.
      if (have && source[i] > final_voxel) {
        extra = true;
        continue;
      }
      const auto vids = seg.plate(j);
      std::array<Vec3, 3> points{};
      for (std::size_t k = 0; k < 3; ++k) {
        if (vids[k] < 1 || vids[k] > b.nv) return bad_index("vertex", vids[k], b.nv);
        points[k] = seg.vertex(vids[k]);
      }
      const std::array<Vec3, 3> edges{math::vsub(points[0], vtx2), math::vsub(points[1], vtx2), math::vsub(points[2], vtx2)};
      const auto xpnts = pltexp(edges, xpdfrc);
      const AngleHit hit = insang(udir, xpnts[0], xpnts[1], xpnts[2]);
      bool hits = hit.found;
      if (hits) {
        // PLTNRM: only plates facing the ray count.
        const Vec3 normal = math::vcrss(math::vsub(points[1], points[0]), math::vsub(points[2], points[1]));
        hits = math::vdot(udir, normal) <= 0.;
      }
      if (!hits || !(!have || hit.scale < near)) continue;
      xpt = math::vlcom(1., vtx2, hit.scale, udir);
      const Vec3 hitcor = to_grid(xpt, b.voxori, b.voxsiz);
      const auto& vx = voxlst[static_cast<std::size_t>(cands[static_cast<std::size_t>(source[i] - 1)].voxel)];
      const bool invox = hitcor[0] > vx[0] - xtol - 1 && hitcor[0] < vx[0] + xtol && hitcor[1] > vx[1] - xtol - 1 &&
                         hitcor[1] < vx[1] + xtol && hitcor[2] > vx[2] - xtol - 1 && hitcor[2] < vx[2] + xtol;
      if (invox) {
        SC_TRY_ASSIGN(const bool inseg, in_volume_element(xpt, dsc, greedm, 0));
        if (inseg) {
          have = true;
          near = hit.scale;
          final_voxel = source[i];
          result = PlateHit{j, xpt};
        }
      } else {
        // The hit lies in another voxel: let this plate be tested again where it appears later.
        const int w = std::abs(j);
        for (auto& p : platid) {
          if (std::abs(p) == w) p = w;
        }
      }
    }
  }
  if (result) result->xpt = xpt;
  return result;
}

}  // namespace sc::dsk
