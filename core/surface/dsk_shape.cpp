#include "surface/dsk_shape.hpp"

#include <algorithm>
#include <limits>
#include <numeric>
#include <string>
#include <vector>

#include "dsk/ray_geometry.hpp"
#include "dsk/point_plate_x02.hpp"
#include "dsk/ray_plates_x02.hpp"
#include "dsk/type2_segment.hpp"
#include "dsk/volume_element.hpp"
#include "frames/frames_api.hpp"
#include "geometry/frame_ephemeris.hpp"
#include "geometry/states.hpp"

namespace sc::surface {
namespace {

using math::Vec3;

// One loaded DSK segment of the body, with what ZZDSKSBA keeps for it: the offset of its frame's
// center from the body (zero when the frame is centered on it) and its bounding sphere.
struct Segment {
  std::shared_ptr<const das::DlaFile> file;
  das::DlaDescriptor dla;
  dsk::DskDescriptor dsc;
  int handle = 0;
};

// The body's segments in search order: last file loaded first, last segment of a file first.
Result<std::vector<Segment>> body_segments(const Context& ctx, int body) {
  std::vector<Segment> out;
  const auto& loaded = ctx.kernels().loaded();
  for (auto k = loaded.rbegin(); k != loaded.rend(); ++k) {
    if (!k->dla) continue;
    for (auto s = k->dla->segments.rbegin(); s != k->dla->segments.rend(); ++s) {
      SC_TRY_ASSIGN(auto&& dsc, dsk::dskgd(k->dla->das, *s));
      if (dsc.center() == body) out.push_back(Segment{k->dla, *s, dsc, k->info.handle});
    }
  }
  return out;
}

bool surface_ok(std::span<const int> surfaces, int id) {
  return surfaces.empty() || std::find(surfaces.begin(), surfaces.end(), id) != surfaces.end();
}

// The segment frame's center relative to the body, at the segment's mid-time (ZZDSKSBA, ZZDSKSPH).
Result<Vec3> frame_offset(const Context& ctx, int body, const dsk::DskDescriptor& d) {
  const auto info = frames::frinfo(ctx, d.frame());
  if (!info) {
    return make_error("SPICE(NOFRAMEINFO)",
                      "Could not look up frame info for segment frame having ID " + std::to_string(d.frame()) + ".");
  }
  if (info->center == body) return Vec3{0, 0, 0};
  const auto name = frames::frmnam(ctx, d.frame());
  if (!name) {
    return make_error("SPICE(FRAMENAMENOTFOUND)", "No frame name was found for frame ID " + std::to_string(d.frame()) + ".");
  }
  const double midtim = (d.start() + d.stop()) / 2;
  SC_TRY_ASSIGN(auto&& pos, geometry::spkgps(ctx, info->center, midtim, *name, body));
  return Vec3{pos.pos[0], pos.pos[1], pos.pos[2]};
}

Error no_data(int body, std::span<const int> surfaces) {
  std::string msg = "No segments were found matching the body ID " + std::to_string(body);
  if (!surfaces.empty()) {
    msg += " and the surface list <";
    for (std::size_t i = 0; i < surfaces.size(); ++i) msg += (i ? ", " : "") + std::to_string(surfaces[i]);
    msg += ">";
  }
  return make_error("SPICE(DSKDATANOTFOUND)", msg + ".");
}

// MTXV: the transpose of m times v.
Vec3 mtxv(const math::Mat3& m, const Vec3& v) {
  return {m[0][0] * v[0] + m[1][0] * v[1] + m[2][0] * v[2], m[0][1] * v[0] + m[1][1] * v[1] + m[2][1] * v[2],
          m[0][2] * v[0] + m[1][2] * v[1] + m[2][2] * v[2]};
}

// NPLNPT's distance from `point` to the line through `linpt` along `dir`.
double line_distance(const Vec3& linpt, const Vec3& dir, const Vec3& point) {
  const Vec3 trans = math::vsub(point, linpt);
  const Vec3 pnear = math::vadd(linpt, math::vproj(trans, dir));
  return math::vnorm(math::vsub(pnear, point));
}

// Whether the ray can meet the segment's volume element, and a lower bound of the distance to
// where it would (ZZRYTELT's role in ZZDSKBUX). CSPICE computes the exact entry point into the
// element; the bound used here (the vertex inside the element: 0; else the entry into the
// sphere of the element's greatest radius) never exceeds it, so ZZDSKBUX's "no nearer segment
// is left" test stops no earlier and the nearest intercept is the same.
Result<std::optional<double>> element_distance(const Vec3& vertex, const Vec3& dir, const dsk::DskDescriptor& d,
                                               double margin) {
  SC_TRY_ASSIGN(const bool inside, dsk::in_volume_element(vertex, d, margin * 2, 0));
  if (inside) return std::optional<double>(0.0);
  SC_TRY_ASSIGN(auto&& radii, dsk::radius_bounds(d));
  if (d.coordinate_system() == dsk::kLatitudinal) {
    const auto hit = dsk::ray_sphere(vertex, math::vhat(dir), radii[1] * (1 + margin));
    if (!hit) return std::optional<double>();
    return std::optional<double>(math::vnorm(math::vsub(*hit, vertex)));
  }
  SC_TRY_ASSIGN(auto&& box, dsk::segment_box(d));
  const Vec3 rel = math::vsub(vertex, box.center);
  if (math::vnorm(rel) <= box.radius * (1 + margin)) return std::optional<double>(0.0);
  const auto hit = dsk::ray_sphere(rel, math::vhat(dir), box.radius * (1 + margin));
  if (!hit) return std::optional<double>();
  return std::optional<double>(math::vnorm(math::vsub(*hit, rel)));
}

}  // namespace

Result<std::array<double, 2>> dsk_radius_bounds(const Context& ctx, int body, std::span<const int> surfaces) {
  SC_TRY_ASSIGN(auto&& segs, body_segments(ctx, body));
  double maxr = -1.0;
  double minr = std::numeric_limits<double>::max();
  for (const auto& s : segs) {
    if (!surface_ok(surfaces, s.dsc.surface())) continue;
    SC_TRY_ASSIGN(auto&& offset, frame_offset(ctx, body, s.dsc));
    const double offmag = math::vnorm(offset);
    SC_TRY_ASSIGN(auto&& r, dsk::radius_bounds(s.dsc));
    const double sgminr = r[0];
    double sgmaxr = r[1];
    const double ctrmnr = offmag <= sgminr ? sgminr - offmag : offmag >= sgmaxr ? offmag - sgmaxr : 0.0;
    sgmaxr += offmag;
    minr = std::min(minr, ctrmnr);
    maxr = std::max(maxr, sgmaxr);
  }
  if (maxr < 0.0) return no_data(body, surfaces);
  return std::array<double, 2>{minr, maxr};
}

Result<std::optional<DskRayHit>> dsk_ray_intercept(const Context& ctx, int body, std::span<const int> surfaces,
                                                   double et, int fixfid, const Vec3& vertex, const Vec3& raydir) {
  using Found = std::optional<DskRayHit>;
  SC_TRY_ASSIGN(auto&& segs, body_segments(ctx, body));
  // A body without any DSK segment is the same "no matching segments" as a surface list that
  // matches none: SUBPNT and LATSRF on the Moon with no lunar DSK give SPICE(DSKDATANOTFOUND)
  // (dsk-geometry.json's err-subpnt-dsk-no-moon-dsk, geometry2.json's err-latsrf-no-moon-dsk).
  if (segs.empty()) return no_data(body, surfaces);
  const auto& tol = ctx.dsk_tolerances();
  const double sgmarg = tol.sgreed();
  Vec3 segvtx = vertex;
  Vec3 segdir = raydir;
  SC_TRY_ASSIGN(auto&& radii, dsk_radius_bounds(ctx, body, surfaces));
  // A vertex far outside: start the search where the ray meets a sphere just enclosing the data.
  const double maxrad = radii[1] * 1.01;
  if (math::vzero(raydir)) return make_error("SPICE(ZEROVECTOR)", "SURFPT: The input vector is the zero vector.");
  if (math::vnorm(segvtx) > maxrad) {
    const auto sphvtx = dsk::ray_sphere(segvtx, segdir, maxrad);
    if (!sphvtx) return Found{};
    segvtx = *sphvtx;
  }

  struct Candidate {
    std::size_t seg = 0;
    double dist = 0;
    math::Mat3 xform{};
    Vec3 offset{};
  };
  std::vector<Candidate> hits;
  bool multfr = false;
  int prvfrm = 0;
  math::Mat3 xform{};
  Vec3 offset{};
  const geometry::SpkEphemeris ephemeris(ctx);
  for (std::size_t i = 0; i < segs.size(); ++i) {
    const auto& d = segs[i].dsc;
    if (!surface_ok(surfaces, d.surface()) || et < d.start() || et > d.stop()) continue;
    const int segfid = d.frame();
    if (segfid != fixfid) {
      multfr = true;
      if (segfid != prvfrm) {
        SC_TRY_ASSIGN(xform, frames::rotation(ctx, fixfid, segfid, et, ephemeris.env()));
        SC_TRY_ASSIGN(offset, frame_offset(ctx, body, d));
        segdir = math::mxv(xform, raydir);
        segvtx = math::vsub(math::mxv(xform, vertex), offset);
      }
    } else if (multfr) {
      segvtx = vertex;
      segdir = raydir;
    }
    SC_TRY_ASSIGN(auto&& box, dsk::segment_box(d));
    if (line_distance(segvtx, segdir, box.center) <= box.radius) {
      SC_TRY_ASSIGN(auto&& dist, element_distance(segvtx, segdir, d, sgmarg));
      if (dist) hits.push_back(Candidate{i, *dist, xform, offset});
    }
    prvfrm = segfid;
  }
  if (hits.empty()) return Found{};

  std::vector<std::size_t> order(hits.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return hits[a].dist < hits[b].dist; });
  std::optional<DskRayHit> best;
  double dmin = 0;
  prvfrm = 0;
  for (std::size_t n = 0; n < order.size(); ++n) {
    const Candidate& c = hits[order[n]];
    const Segment& s = segs[c.seg];
    const int segfid = s.dsc.frame();
    if (segfid != fixfid) {
      if (segfid != prvfrm) {
        segvtx = math::vsub(math::mxv(c.xform, vertex), c.offset);
        segdir = math::mxv(c.xform, raydir);
      }
    } else if (multfr) {
      segvtx = vertex;
      segdir = raydir;
    }
    if (s.dsc.data_type() != 2) {
      return make_error("SPICE(TYPENOTSUPPORTED)", "DSK ray-surface intercepts are not supported for DSK data type " +
                                                       std::to_string(s.dsc.data_type()) + ".");
    }
    SC_TRY_ASSIGN(auto&& seg, dsk::Type2Segment::open(s.file, s.dla));
    SC_TRY_ASSIGN(auto&& hit, dsk::dskx02(seg, segvtx, segdir, tol));
    if (hit) {
      const double dist = math::vnorm(math::vsub(hit->xpt, segvtx));
      if (!best || dist < dmin) {
        dmin = dist;
        Vec3 xpt = hit->xpt;
        if (segfid != fixfid) {
          if (!math::vzero(c.offset)) xpt = math::vadd(xpt, c.offset);
          xpt = mtxv(c.xform, xpt);
        }
        best = DskRayHit{xpt, s.dla, s.dsc, s.handle, hit->plid};
      }
    }
    // No segment further down the list can hold a nearer intercept.
    if (best && n + 1 < order.size() && dmin <= hits[order[n + 1]].dist) break;
    prvfrm = segfid;
  }
  return best;
}

Result<Vec3> dsk_surface_normal(const Context& ctx, int body, std::span<const int> surfaces, double et, int fixfid,
                                const Vec3& point) {
  SC_TRY_ASSIGN(auto&& segs, body_segments(ctx, body));
  // A body without any DSK segment is the same "no matching segments" as a surface list that
  // matches none: SUBPNT and LATSRF on the Moon with no lunar DSK give SPICE(DSKDATANOTFOUND)
  // (dsk-geometry.json's err-subpnt-dsk-no-moon-dsk, geometry2.json's err-latsrf-no-moon-dsk).
  if (segs.empty()) return no_data(body, surfaces);
  const auto& tol = ctx.dsk_tolerances();
  const double sgmarg = tol.sgreed();
  const geometry::SpkEphemeris ephemeris(ctx);
  struct Candidate {
    std::size_t seg = 0;
    math::Mat3 xform{};
    Vec3 segpt{};
  };
  std::vector<Candidate> hits;
  Vec3 segpt = point;
  bool multfr = false;
  int prvfrm = 0;
  math::Mat3 xform{};
  for (std::size_t i = 0; i < segs.size(); ++i) {
    const auto& d = segs[i].dsc;
    if (!surface_ok(surfaces, d.surface()) || et < d.start() || et > d.stop()) continue;
    const int segfid = d.frame();
    if (segfid != fixfid) {
      multfr = true;
      if (segfid != prvfrm) {
        SC_TRY_ASSIGN(xform, frames::rotation(ctx, fixfid, segfid, et, ephemeris.env()));
        SC_TRY_ASSIGN(auto&& offset, frame_offset(ctx, body, d));
        segpt = math::vsub(math::mxv(xform, point), offset);
      }
    } else if (multfr) {
      segpt = point;
    }
    SC_TRY_ASSIGN(auto&& box, dsk::segment_box(d));
    if (math::vnorm(math::vsub(box.center, segpt)) <= box.radius) {
      SC_TRY_ASSIGN(const bool inside, dsk::in_volume_element(segpt, d, sgmarg, 0));
      if (inside) hits.push_back(Candidate{i, xform, segpt});
    }
    prvfrm = segfid;
  }
  if (hits.empty()) {
    return make_error("SPICE(POINTNOTINSEGMENT)", "Input point does not lie inside any segment for the specified body (" +
                                                      std::to_string(body) + ") and surfaces.");
  }
  for (const auto& c : hits) {
    const Segment& s = segs[c.seg];
    if (s.dsc.data_type() != 2) {
      return make_error("SPICE(NOTSUPPORTED)", "Segment type is " + std::to_string(s.dsc.data_type()) +
                                                   "; this type is not currently supported.");
    }
    SC_TRY_ASSIGN(auto&& seg, dsk::Type2Segment::open(s.file, s.dla));
    SC_TRY_ASSIGN(auto&& plate, dsk::point_plate(seg, c.segpt, tol));
    if (!plate) continue;
    const auto& v = plate->verts;
    Vec3 normal = math::vhat(math::vcrss(math::vsub(v[1], v[0]), math::vsub(v[2], v[1])));  // PLTNRM, VHATIP
    if (s.dsc.frame() != fixfid) normal = mtxv(c.xform, normal);
    return normal;
  }
  return make_error("SPICE(POINTOFFSURFACE)", "Input point does not lie on the surface contained in any segment for "
                                              "the specified body (" + std::to_string(body) + ") and surfaces.");
}

}  // namespace sc::surface
