// ZZSINUTL's callbacks and ZZSBFNRM over the two shapes (see target_surface.hpp).
#include "surface/target_surface.hpp"

#include <algorithm>

#include "math/ellipsoid.hpp"
#include "surface/body_checks.hpp"
#include "surface/dsk_shape.hpp"

namespace sc::surface {

Result<TargetSurface> target_surface(const Context& ctx, const MethodSpec& spec, int body, int fixfid) {
  TargetSurface out;
  out.kind = spec.shape;
  out.body = body;
  out.fixfid = fixfid;
  if (spec.shape == ShapeKind::Ellipsoid) {
    SC_TRY_ASSIGN(out.radii, target_radii(ctx, body));
    out.minrad = std::min({out.radii[0], out.radii[1], out.radii[2]});
    out.maxrad = std::max({out.radii[0], out.radii[1], out.radii[2]});
    return out;
  }
  out.surfaces = spec.surfaces;
  SC_TRY_ASSIGN(auto&& bounds, dsk_radius_bounds(ctx, body, out.surfaces));
  out.minrad = bounds[0];
  out.maxrad = bounds[1];
  return out;
}

Result<std::optional<math::Vec3>> surface_intercept(const Context& ctx, const TargetSurface& shape,
                                                    const math::Vec3& vertex, const math::Vec3& dir, double et) {
  if (shape.kind == ShapeKind::Ellipsoid) return ellipsoid_intercept(vertex, dir, shape.radii);
  SC_TRY_ASSIGN(auto&& hit, dsk_ray_intercept(ctx, shape.body, shape.surfaces, et, shape.fixfid, vertex, dir));
  if (!hit) return std::optional<math::Vec3>();
  return std::optional<math::Vec3>(hit->point);
}

Result<NearRayPoint> surface_near_ray(const TargetSurface& shape, const math::Vec3& vertex, const math::Vec3& dir) {
  if (shape.kind == ShapeKind::Ellipsoid) return ellipsoid_near_ray(vertex, dir, shape.radii);
  const double r = shape.maxrad;
  return ellipsoid_near_ray(vertex, dir, math::Vec3{r, r, r});
}

Result<math::Vec3> surface_normal(const Context& ctx, const TargetSurface& shape, const math::Vec3& point, double et) {
  if (shape.kind == ShapeKind::Ellipsoid) return math::surfnm(shape.radii[0], shape.radii[1], shape.radii[2], point);
  return dsk_surface_normal(ctx, shape.body, shape.surfaces, et, shape.fixfid, point);
}

}  // namespace sc::surface
