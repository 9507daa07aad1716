#include "dsk/point_plate_x02.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "dsk/ray_geometry.hpp"
#include "dsk/volume_element.hpp"

namespace sc::dsk {

using math::Vec3;

namespace {

double vdist(const Vec3& a, const Vec3& b) { return math::vnorm(math::vsub(a, b)); }

}  // namespace

NearPoint npsgpt(const Vec3& ep1, const Vec3& ep2, const Vec3& point) {
  const Vec3 seg = math::vsub(ep2, ep1);
  if (math::vzero(seg)) return {ep1, vdist(ep1, point)};
  // NPLNPT on the segment's line.
  const Vec3 lnear = math::vadd(math::vproj(math::vsub(point, ep1), seg), ep1);
  const double dist = vdist(lnear, point);
  const double offdot = math::vdot(math::vsub(lnear, ep1), seg);
  if (offdot < 0.) return {ep1, vdist(ep1, point)};
  if (offdot > math::vdot(seg, seg)) return {ep2, vdist(ep2, point)};
  return {lnear, dist};
}

NearPoint pltnp(const Vec3& point, const Vec3& v1, const Vec3& v2, const Vec3& v3) {
  const Vec3 e1 = math::vsub(v2, v1);
  const Vec3 e2 = math::vsub(v3, v2);
  const Vec3 e3 = math::vsub(v1, v3);
  const Vec3 normal = math::vcrss(e1, e2);
  const Vec3 enorm1 = math::vcrss(e1, normal);
  const Vec3 enorm2 = math::vcrss(e2, normal);
  const Vec3 enorm3 = math::vcrss(e3, normal);
  if (math::vzero(normal) || math::vzero(enorm1) || math::vzero(enorm2) || math::vzero(enorm3)) {
    const double l1 = math::vnorm(e1);
    const double l2 = math::vnorm(e2);
    const double l3 = math::vnorm(e3);
    if (l1 == 0. && l2 == 0.) return {v1, vdist(v1, point)};
    if (l1 > std::max(l2, l3)) return npsgpt(v1, v2, point);
    if (l2 > std::max(l3, l1)) return npsgpt(v2, v3, point);
    return npsgpt(v3, v1, point);
  }
  const Vec3 perp = math::vperp(math::vsub(point, v1), normal);
  const bool in1 = math::vdot(perp, enorm1) <= 0.;
  const bool in2 = math::vdot(perp, enorm2) <= math::vdot(e1, enorm2);
  const bool in3 = math::vdot(perp, enorm3) <= 0.;
  if (in1 && in2 && in3) {
    const Vec3 pnear = math::vadd(v1, perp);
    return {pnear, vdist(pnear, point)};
  }
  if (!in1 && in2 && in3) return npsgpt(v1, v2, point);
  if (!in2 && in3 && in1) return npsgpt(v2, v3, point);
  if (!in3 && in1 && in2) return npsgpt(v3, v1, point);
  const NearPoint n1 = npsgpt(v1, v2, point);
  const NearPoint n2 = npsgpt(v2, v3, point);
  const NearPoint n3 = npsgpt(v3, v1, point);
  if (n1.dist <= std::min(n2.dist, n3.dist)) return n1;
  if (n2.dist <= std::min(n3.dist, n1.dist)) return n2;
  return n3;
}

Result<std::optional<PointPlate>> point_plate(const Type2Segment& seg, const Vec3& point,
                                              const kernels::DskTolerances& tol) {
  using Found = std::optional<PointPlate>;
  const Type2Bounds& b = seg.bounds();
  if (b.voxsiz == 0.) return make_error("SPICE(VALUEOUTOFRANGE)", "Voxel edge length is zero; length must be positive.");
  SC_TRY_ASSIGN(auto&& box, segment_box(seg.descriptor()));
  const double ptsrfm = tol.ptmemm();
  const double limit = ptsrfm * box.radius;
  const double xpdfrc = tol.xfract();
  SC_TRY_ASSIGN(const bool inside, in_volume_element(point, seg.descriptor(), ptsrfm, 0));
  if (!inside) return Found{};
  const Vec3 offset = math::vsub(point, b.voxori);
  std::array<int, 3> vgrcor{};
  for (std::size_t i = 0; i < 3; ++i) {
    vgrcor[i] = std::clamp(static_cast<int>(offset[i] / b.voxsiz) + 1, 1, b.vgrext[i]);
  }
  // ZZVOXCVO and ZZVOX2ID: the coarse voxel and the fine voxel's offset in it.
  const int cg = b.cgscal;
  std::array<int, 3> cgrcor{};
  std::array<int, 3> cgoff{};
  for (std::size_t i = 0; i < 3; ++i) {
    cgrcor[i] = (vgrcor[i] - 1) / cg + 1;
    cgoff[i] = vgrcor[i] - cg * (cgrcor[i] - 1);
  }
  const int ptroff = (cgoff[2] - 1) * cg * cg + (cgoff[1] - 1) * cg + cgoff[0];
  const std::array<int, 3> cgrext{b.vgrext[0] / cg, b.vgrext[1] / cg, b.vgrext[2] / cg};
  const int cgrvid = cgrcor[0] + cgrext[0] * (cgrcor[1] - 1 + (cgrcor[2] - 1) * cgrext[1]);
  if (cgrvid < 1 || cgrvid > seg.coarse_voxels()) return Found{};
  const int cgrptr = seg.coarse_pointer(cgrvid);
  if (cgrptr < 1) return Found{};
  const int ptrloc = cgrptr - 1 + ptroff;
  if (ptrloc < 1 || ptrloc > b.voxnpt) return Found{};
  const int pltptr = seg.voxel_pointer(ptrloc);
  if (pltptr < 1 || pltptr > b.voxnpl) return Found{};
  const int nplate = seg.voxel_plate(pltptr);
  if (nplate < 1 || pltptr + nplate > b.voxnpl) return Found{};
  double dmin = std::numeric_limits<double>::max();
  std::optional<PointPlate> best;
  for (int k = 1; k <= nplate; ++k) {
    const int pid = seg.voxel_plate(pltptr + k);
    if (pid < 1 || pid > b.np) return make_error("SPICE(INDEXOUTOFRANGE)", "A voxel lists plate " + std::to_string(pid) + ".");
    const auto ids = seg.plate(pid);
    std::array<Vec3, 3> verts{};
    for (std::size_t v = 0; v < 3; ++v) {
      if (ids[v] < 1 || ids[v] > b.nv) return make_error("SPICE(INDEXOUTOFRANGE)", "A plate lists vertex " + std::to_string(ids[v]) + ".");
      verts[v] = seg.vertex(ids[v]);
    }
    const auto xverts = pltexp(verts, xpdfrc);
    const Vec3 normal = math::vhat(math::vcrss(math::vsub(xverts[1], xverts[0]), math::vsub(xverts[2], xverts[1])));
    const Vec3 pntoff = math::vsub(point, xverts[0]);
    double dist = std::numeric_limits<double>::max();
    if (std::abs(math::vdot(pntoff, normal)) <= limit) dist = pltnp(point, xverts[0], xverts[1], xverts[2]).dist;
    if (dist <= limit && dist < dmin) {
      dmin = dist;
      best = PointPlate{pid, verts};
    }
  }
  return best;
}

}  // namespace sc::dsk
