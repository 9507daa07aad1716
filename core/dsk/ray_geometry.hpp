// The geometric pieces of DSK ray intersection (SPICELIB private routines, mirrored with their
// operation order): the ray-sphere intercept (SURFPT with equal axes), where a ray enters a box
// (ZZRAYBOX), the voxels a ray crosses (XDDA, ZZINGRD), and the plate tests (PLTEXP, INSANG).
#pragma once

#include <array>
#include <optional>
#include <vector>

#include "errors/result.hpp"
#include "math/vector_ops.hpp"

namespace sc::dsk {

// SURFPT for a sphere of radius r about the origin: where the ray from `vertex` along `dir` first
// meets it (the ray's start itself when it is on the sphere); nullopt when it misses or points
// away. The caller has checked dir != 0 and r > 0.
std::optional<math::Vec3> ray_sphere(const math::Vec3& vertex, const math::Vec3& dir, double r);

// ZZRAYBOX: the point where the ray enters the box [origin, origin + extent] (the vertex itself
// when inside), nullopt when it misses. SPICE(ZEROVECTOR) for a zero direction,
// SPICE(VALUEOUTOFRANGE) for an extent that is not positive.
Result<std::optional<math::Vec3>> ray_box(const math::Vec3& vertex, const math::Vec3& raydir,
                                          const math::Vec3& origin, const math::Vec3& extent);

// XDDA: the voxels (1-based grid coordinates) the ray from `vertex` (grid coordinates, inside the
// grid) along `raydir` crosses, in order, up to `maxnvx`. SPICE(ZEROVECTOR),
// SPICE(BADDIMENSIONS), SPICE(VERTEXNOTINGRID), SPICE(INVALIDSIZE), SPICE(ARRAYTOOSMALL) as XDDA.
Result<std::vector<std::array<int, 3>>> voxel_walk(const math::Vec3& vertex, const math::Vec3& raydir,
                                                   const std::array<int, 3>& grdext, int maxnvx);

// PLTEXP: the plate's vertices pushed away from its centroid by the fraction `delta`.
std::array<math::Vec3, 3> pltexp(const std::array<math::Vec3, 3>& verts, double delta);

// INSANG: whether `v` lies in the solid angle the edges e1, e2, e3 span, and the scale (distance
// along v, for a unit v) to the plane through their tips.
struct AngleHit {
  bool found = false;
  double scale = 0;
};
AngleHit insang(const math::Vec3& v, const math::Vec3& e1, const math::Vec3& e2, const math::Vec3& e3);

}  // namespace sc::dsk
