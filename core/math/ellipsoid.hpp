// A triaxial ellipsoid x^2/a^2 + y^2/b^2 + z^2/c^2 = 1 (semi-axes a, b, c along x, y, z):
// SPICELIB's SURFNM (the outward unit normal at a surface point) and NEARPT (the surface point
// nearest to a point, and the point's altitude above it); SURFPT (where a ray meets the surface),
// EDLIMB (the limb seen from a point) and NPEDLN (the point nearest to a line), one file each
// (ellipsoid_intercept.cpp, ellipsoid_limb.cpp, ellipsoid_line_near_point.cpp). NEARPT solves for the Lagrange
// multiplier by bisection and then refines the answer for up to five passes; every comparison and
// operation of that search is NEARPT's, so the results carry its bits.
#pragma once

#include "errors/result.hpp"
#include <optional>

#include "math/ellipses.hpp"
#include "math/planes.hpp"
#include "math/vector_ops.hpp"
#include "math/vector_ops_c.hpp"

namespace sc::math {

// SURFNM: the unit normal at `point` (assumed on the surface). SPICE(BADAXISLENGTH) when a semi-axis
// is not positive.
Result<Vec3> surfnm(double a, double b, double c, const Vec3& point);

struct NearPoint {
  Vec3 npoint{};   // the surface point nearest to the input point
  double alt = 0;  // signed distance from npoint to the point: negative inside the ellipsoid
};

// NEARPT. SPICE(BADAXISLENGTH) for a semi-axis that is not positive or an axis ratio that could
// overflow, SPICE(INPUTSTOOLARGE) for a point far enough to overflow, SPICE(BUG) where NEARPT
// reports its own failures.
Result<NearPoint> nearpt(const Vec3& positn, double a, double b, double c);

// SURFPT (surfpt_c is the same routine): the first point where the ray from positn along u meets
// the surface, or nothing. Errors in SURFPT's order: SPICE(ZEROVECTOR) for a zero u, then
// SPICE(BADAXISLENGTH) for a semi-axis that is not positive. The problem is mapped to the unit
// sphere and solved from the point of the ray nearest the origin; a vertex exactly on the surface
// is its own intercept.
Result<std::optional<Vec3>> surfpt(const Vec3& positn, const Vec3& u, double a, double b, double c);

// EDLIMB: the limb of the ellipsoid seen from viewpt (the ellipse where the lines of sight from
// viewpt touch it). Errors: a semi-axis that is not positive is SPICE(INVALIDAXISLENGTH) in
// SPICELIB and SPICE(DEGENERATECASE) in edlimb_c (Dialect::cspice_c); SPICE(DEGENERATECASE) for
// semi-axes whose squares underflow after scaling, a viewpoint inside the ellipsoid, or a limb
// plane that misses it.
Result<Ellipse> edlimb(double a, double b, double c, const Vec3& viewpt, Dialect dialect = Dialect::spicelib);

// NPEDLN: the point of the ellipsoid nearest to the line through linept along linedr, and its
// distance to the line (0, with the first intercept along +linedr then -linedr, when the line meets
// the ellipsoid). Errors in NPEDLN's order: SPICE(ZEROVECTOR) for a zero direction,
// SPICE(INVALIDAXISLENGTH) for a semi-axis that is not positive, SPICE(DEGENERATECASE) when the
// scaled semi-axes underflow or the candidate ellipse or inverse projection cannot be found.
// Dialect::cspice_c mirrors npedln_c (pjelpl_c, vprjp_c, vprjpi_c, inedpl_c).
Result<PointAndDistance> npedln(double a, double b, double c, const Vec3& linept, const Vec3& linedr,
                                Dialect dialect = Dialect::spicelib);

}  // namespace sc::math
