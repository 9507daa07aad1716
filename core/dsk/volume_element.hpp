// A DSK segment's volume element: the region its coordinate bounds describe (latitudinal:
// longitude, latitude, radius; rectangular: x, y, z). Whether a point lies in it with a margin
// (ZZINVELT: ZZINLAT, ZZINREC; ZZNRMLON for the longitude range) and a bounding sphere of it
// (ZZSEGBOX: ZZLATBOX, ZZRECBOX), used to skip segments a ray cannot meet. Planetodetic segments
// are not supported yet (SPICE(NOTSUPPORTED)).
#pragma once

#include <array>

#include "dsk/dsk_descriptor.hpp"
#include "errors/result.hpp"
#include "math/vector_ops.hpp"

namespace sc::dsk {

// ZZINVELT: whether `p` is in the element of `descriptor` widened by `margin` (relative: a
// fraction of each extent, of the radius, or radians); `exclud` (0..3) names a coordinate not to
// test. SPICE(VALUEOUTOFRANGE) for a negative margin, SPICE(NOTSUPPORTED) for another system.
Result<bool> in_volume_element(const math::Vec3& p, const DskDescriptor& descriptor, double margin, int exclud = 0);

// ZZNRMLON: longitude bounds put in order within [-2pi, 2pi] (max > min, max - min <= 2pi).
Result<std::array<double, 2>> normalize_longitudes(double inmin, double inmax, double tol);

struct BoundingSphere {
  math::Vec3 center{};
  double radius = 0;
};
// ZZSEGBOX: the box around the element and the radius of its circumscribed sphere.
Result<BoundingSphere> segment_box(const DskDescriptor& descriptor);

// The least and greatest distance from the segment frame's origin of points of the element (as
// ZZDSKSPH bounds a segment): latitudinal radius bounds, or the bounding box's sphere.
Result<std::array<double, 2>> radius_bounds(const DskDescriptor& descriptor);

}  // namespace sc::dsk
