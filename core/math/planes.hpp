// SPICE planes: the set of points x with <x, normal> = constant, normal a unit vector and constant
// >= 0 (the distance of the plane from the origin), as SPICELIB's and CSPICE's plane routines
// build and take them apart:
//   nvc2pl NVC2PL  normal vector and constant -> plane       pl2nvc PL2NVC  plane -> both
//   nvp2pl NVP2PL  normal vector and a point  -> plane       pl2nvp PL2NVP  plane -> normal, the
//                                                                           point nearest the origin
//   psv2pl PSV2PL  a point and two spanning vectors -> plane pl2psv PL2PSV  plane -> point and two
//                                                                           orthonormal spanning vectors (FRAME)
//   inrypl INRYPL  intersection of a ray and a plane         nplnpt NPLNPT  nearest point on a line
//   vprjp  VPRJP   orthogonal projection onto a plane        vprjpi VPRJPI  inverse projection
// Each builder flips the normal when the constant comes out negative, as the routines do (so a
// zero component of the normal may become -0).
#pragma once

#include <optional>

#include "errors/result.hpp"
#include "math/vector_ops.hpp"
#include "math/vector_ops_c.hpp"

namespace sc::math {

struct Plane {
  Vec3 normal{};          // unit vector
  double constant = 0.0;  // >= 0
};

// NVC2PL: SPICE(ZEROVECTOR) for a zero normal. The normal is made a unit vector (UNORM) and the
// constant divided by its length.
Result<Plane> nvc2pl(const Vec3& normal, double konst);
// NVP2PL: SPICE(ZEROVECTOR) for a zero normal.
Result<Plane> nvp2pl(const Vec3& normal, const Vec3& point);
// PSV2PL: SPICE(DEGENERATECASE) when the spanning vectors are parallel (UCRSS gives zero).
Result<Plane> psv2pl(const Vec3& point, const Vec3& span1, const Vec3& span2);

struct NormalAndPoint {
  Vec3 normal{};
  Vec3 point{};  // constant * normal: the point of the plane nearest the origin
};
NormalAndPoint pl2nvp(const Plane& plane);

struct PointAndSpans {
  Vec3 point{};
  Vec3 span1{};
  Vec3 span2{};
};
// PL2PSV: the point of pl2nvp and two unit vectors that, with the normal, form a right-handed
// orthonormal frame (FRAME).
PointAndSpans pl2psv(const Plane& plane);

// FRAME: from x (made a unit vector in place), two unit vectors y, z with x, y, z right-handed and
// orthonormal; for a zero x the coordinate axes.
struct Frame {
  Vec3 x{};
  Vec3 y{};
  Vec3 z{};
};
Frame frame(const Vec3& x);

struct RayPlaneIntersection {
  // 1: one point; 0: none (xpt zero); -1: the ray lies in the plane (xpt is the vertex).
  int nxpts = 0;
  Vec3 xpt{};
};
// INRYPL, with its checks in its order: SPICE(VECTORTOOBIG) for a vertex or plane farther from the
// origin than DPMAX/3, SPICE(ZEROVECTOR) for a zero direction. An intersection farther than the
// same limit is reported as none, as INRYPL does.
Result<RayPlaneIntersection> inrypl(const Vec3& vertex, const Vec3& dir, const Plane& plane);

struct PointAndDistance {
  Vec3 pnear{};
  double dist = 0.0;
};
// NPLNPT (nplnpt_c: vproj_c, see vector_ops_c.hpp): the point of the line through linpt along
// lindir nearest to point, and the distance. SPICE(ZEROVECTOR) for a zero direction.
Result<PointAndDistance> nplnpt(const Vec3& linpt, const Vec3& lindir, const Vec3& point,
                                Dialect dialect = Dialect::spicelib);

// VPRJP: the orthogonal projection of vin onto the plane. SPICELIB's routine first requires a unit
// normal (SPICE(NONUNITNORMAL) when |normal| differs from 1 by more than 1e-14); vprjp_c does not.
Result<Vec3> vprjp(const Vec3& vin, const Plane& plane, Dialect dialect = Dialect::spicelib);
// VPRJPI: the point of invpl whose projection onto projpl is vin, or nothing when the planes are
// too close to perpendicular (|<projn, invn>| not above 10/DPMAX, times |numerator| when that is
// at least 1). SPICELIB checks both normals as VPRJP does; vprjpi_c does not.
Result<std::optional<Vec3>> vprjpi(const Vec3& vin, const Plane& projpl, const Plane& invpl,
                                   Dialect dialect = Dialect::spicelib);

}  // namespace sc::math
