// The name-level DSK calls (issue 13): DSKXSI and DSKXV (ray-surface intercepts over the loaded
// DSK segments of a body, unprioritized) and LATSRF (surface points at planetocentric longitudes
// and latitudes, on the ellipsoid or the DSK surface). Bodies and frames by name; CSPICE's checks
// in CSPICE's order.
#pragma once

#include <array>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "context.hpp"
#include "errors/result.hpp"

namespace sc::surface {

struct DskxsiResult {
  std::array<double, 3> xpt{};
  std::array<int, 8> dladsc{};
  std::array<double, 24> dskdsc{};
  std::array<double, 1> dc{};  // type 2 gives no double component
  std::array<int, 1> ic{};     // the plate ID
  int handle = 0;
};

// DSKXSI: SPICE(BADPRIORITYSPEC) for pri, SPICE(IDCODENOTFOUND) for an unknown target or frame,
// SPICE(NOFRAMEINFO), SPICE(INVALIDFRAME) for a frame not centered on the target; then
// dsk_ray_intercept's errors. nullopt when the ray misses.
Result<std::optional<DskxsiResult>> dskxsi(const Context& ctx, bool pri, std::string_view target,
                                           std::span<const int> srflst, double et, std::string_view fixref,
                                           std::span<const double> vertex, std::span<const double> raydir);

struct DskxvResult {
  std::vector<double> xptarr;  // 3 per ray (0 where not found)
  std::vector<int> fndarr;     // 1 found, 0 not
};
// DSKXV over rays given flat (3 numbers each). SPICE(BADPRIORITYSPEC), SPICE(INVALIDCOUNT) for no
// rays or arrays of different lengths, then as DSKXSI.
Result<DskxvResult> dskxv(const Context& ctx, bool pri, std::string_view target, std::span<const int> srflst, double et,
                          std::string_view fixref, std::span<const double> vtxarr, std::span<const double> dirarr);

// LATSRF: `lonlat` flat (longitude, latitude pairs, radians), the surface points flat.
// SPICE(IDCODENOTFOUND) for an unknown target, SPICE(NOFRAME) for an unknown frame,
// SPICE(INVALIDFRAME), the method's errors (method_string.hpp); ELLIPSOID: the radii's errors;
// DSK: SPICE(DSKDATANOTFOUND), SPICE(POINTNOTFOUND) where a ray finds no surface,
// SPICE(SHAPENOTSUPPORTED) where the surface point is on the far side.
Result<std::vector<double>> latsrf(const Context& ctx, std::string_view method, std::string_view target, double et,
                                   std::string_view fixref, std::span<const double> lonlat);

// SRFNRM: outward unit normals at surface points (flat, 3 each). ELLIPSOID: SURFNM after checking
// each point lies on the ellipsoid (SPICE(POINTNOTONSURFACE) beyond PTMEMM); DSK: the normal of
// the plate under each point (dsk_surface_normal's errors). Target, frame and method errors as
// LATSRF.
Result<std::vector<double>> srfnrm(const Context& ctx, std::string_view method, std::string_view target, double et,
                                   std::string_view fixref, std::span<const double> srfpts);

}  // namespace sc::surface
