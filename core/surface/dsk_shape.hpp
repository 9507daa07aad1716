// DSK shapes for the geometry calls (issue 13): the loaded DSK segments of a body, unprioritized
// (CSPICE's ZZDSKSBF segment buffer with ZZDSKBUX for rays and ZZDSKSPH for bounding radii). This
// is the C++ API the high-level calls (sincpt, subpnt, ilumin, limbpt, occult, latsrf, dskxv ...)
// build on:
//   dsk_ray_intercept   where a ray meets the body's surface, in a body-fixed frame (ZZSBFXRI)
//   dsk_radius_bounds   the least and greatest distance of the body's DSK data from its center
//                       (ZZDSKSPH: for limb and occultation searches, and to start rays outside)
//   dsk_surface_normal  the outward normal of the plate under a surface point (ZZSBFNRM)
// A surface list that is empty means every surface of the body. Segments whose frame differs
// from the requested one are reached through the frame change at `et`.
#pragma once

#include <array>
#include <optional>
#include <span>

#include "context.hpp"
#include "das/dla_segments.hpp"
#include "dsk/dsk_descriptor.hpp"
#include "errors/result.hpp"
#include "math/vector_ops.hpp"

namespace sc::surface {

struct DskRayHit {
  math::Vec3 point{};           // the intercept in the requested frame, relative to the body (km)
  das::DlaDescriptor dla;       // the segment it lies on
  dsk::DskDescriptor descriptor;
  int handle = 0;               // the DSK's handle (as kdata reports it)
  int plate = 0;                // type 2: the 1-based plate ID (dskxsi's ic[0])
};

// ZZSBFXRI: the nearest intercept over the body's segments for `surfaces` that cover `et`, or
// nullopt. `fixfid` is the frame ID of `vertex` and `raydir` (centered at the body).
// SPICE(DSKDATANOTFOUND) when no loaded DSK segment of the body
// matches the surface list, SPICE(ZEROVECTOR) for a zero direction, the frame system's errors for
// segments in other frames, DSKX02's errors.
Result<std::optional<DskRayHit>> dsk_ray_intercept(const Context& ctx, int body, std::span<const int> surfaces,
                                                   double et, int fixfid, const math::Vec3& vertex,
                                                   const math::Vec3& raydir);

// ZZDSKSPH: {least, greatest} distance from the body's center of its DSK data for `surfaces`
// (all times). SPICE(DSKDATANOTFOUND) when no loaded segment matches.
Result<std::array<double, 2>> dsk_radius_bounds(const Context& ctx, int body, std::span<const int> surfaces);

// ZZSBFNRM: the outward unit normal of the plate on which `point` (in frame `fixfid`, relative
// to the body) lies, in that frame; the first segment (in search order) for `surfaces` covering
// `et` whose volume element holds the point and that has a plate through it. SPICE(DSKDATANOTFOUND),
// SPICE(POINTNOTINSEGMENT) when no segment's element holds the point, SPICE(POINTOFFSURFACE) when
// none has a plate through it.
Result<math::Vec3> dsk_surface_normal(const Context& ctx, int body, std::span<const int> surfaces, double et,
                                      int fixfid, const math::Vec3& point);

}  // namespace sc::surface
