// The target's surface for the generalized intercept of SINCPT and the normal of ILLUMF: CSPICE's
// ZZSINUTL package (ZZSUELIN / ZZSUDSKI set the model up, ZZRAYSFX intersects a ray with it,
// ZZRAYNP finds its point nearest a ray, ZZMAXRAD bounds it) and ZZSBFNRM for normals. An ellipsoid
// is the body's RADII; a DSK shape is the body's loaded DSK segments for a surface list (empty: all),
// unprioritized, in the body-fixed frame `fixfid`. Where CSPICE uses the bounding sphere in place of
// the DSK surface (ZZRAYNP), so does this.
#pragma once

#include <optional>
#include <vector>

#include "context.hpp"
#include "errors/result.hpp"
#include "math/vector_ops.hpp"
#include "surface/ellipsoid_shape.hpp"
#include "surface/method_string.hpp"

namespace sc::surface {

struct TargetSurface {
  ShapeKind kind = ShapeKind::Ellipsoid;
  int body = 0;
  std::vector<int> surfaces;  // DSK: the surface list (empty: every surface of the body)
  int fixfid = 0;             // DSK: the body-fixed frame of rays and points
  math::Vec3 radii{};         // ellipsoid: the semi-axes
  double minrad = 0;          // ZZMINRAD
  double maxrad = 0;          // ZZMAXRAD
};

// ZZSUELIN / ZZSUDSKI by the method's shape: an ellipsoid needs BODY<id>_RADII, a DSK shape the
// bounding radii of the matching segments (SPICE(DSKDATANOTFOUND) when there are none).
Result<TargetSurface> target_surface(const Context& ctx, const MethodSpec& spec, int body, int fixfid);

// ZZRAYSFX: the surface point nearest `vertex` on the ray, or nullopt. `et` selects DSK segments.
Result<std::optional<math::Vec3>> surface_intercept(const Context& ctx, const TargetSurface& shape,
                                                    const math::Vec3& vertex, const math::Vec3& dir, double et);

// ZZRAYNP: the point of the ellipsoid (a DSK shape: of its outer bounding sphere) nearest the ray's line.
Result<NearRayPoint> surface_near_ray(const TargetSurface& shape, const math::Vec3& vertex, const math::Vec3& dir);

// SURFNM on the ellipsoid, ZZSBFNRM (the plate under the point) on a DSK shape: the outward unit
// normal at `point` at epoch `et`.
Result<math::Vec3> surface_normal(const Context& ctx, const TargetSurface& shape, const math::Vec3& point, double et);

}  // namespace sc::surface
