// SPICE ellipses: center + cos(t) semiMajor + sin(t) semiMinor, the semi-axes orthogonal and
// |semiMajor| >= |semiMinor| (a degenerate ellipse may have zero semi-axes), as SPICELIB's and
// CSPICE's ellipse routines build and use them:
//   cgv2el CGV2EL  center and any two generating vectors -> ellipse (semi-axes from SAELGV)
//   saelgv SAELGV  semi-axes of the ellipse two generating vectors span (DIAGS2 diagonalises the
//                  2x2 symmetric matrix of their dot products)
//   pjelpl PJELPL  orthogonal projection of an ellipse onto a plane
//   inedpl INEDPL  intersection of a triaxial ellipsoid and a plane
//   inelpl INELPL  intersection of an ellipse and a plane
//   npelpt NPELPT  point of an ellipse nearest to a point
// el2cgv is the Ellipse's members.
#pragma once

#include <array>
#include <optional>

#include "errors/result.hpp"
#include "math/planes.hpp"
#include "math/vector_ops.hpp"
#include "math/vector_ops_c.hpp"

namespace sc::math {

struct Ellipse {
  Vec3 center{};
  Vec3 smajor{};  // semi-major axis
  Vec3 sminor{};  // semi-minor axis
};

struct SemiAxes {
  Vec3 smajor{};
  Vec3 sminor{};
};

// SAELGV: zero semi-axes when both vectors are zero.
SemiAxes saelgv(const Vec3& vec1, const Vec3& vec2);
Ellipse cgv2el(const Vec3& center, const Vec3& vec1, const Vec3& vec2);

// DIAGS2: for the symmetric matrix [[a, b], [b, c]], the eigenvalues (diag, first the one whose
// eigenvector is rotate's first column) and the rotation whose columns are unit eigenvectors.
struct Diagonal2 {
  std::array<std::array<double, 2>, 2> diag{};
  std::array<std::array<double, 2>, 2> rotate{};  // rotate[row][column]
};
Diagonal2 diags2(const std::array<std::array<double, 2>, 2>& symmat);

// PJELPL (pjelpl_c with Dialect::cspice_c: vperp_c, no VPRJP normal check).
Result<Ellipse> pjelpl(const Ellipse& elin, const Plane& plane, Dialect dialect = Dialect::spicelib);

// INEDPL: the ellipse where the plane cuts the ellipsoid x^2/a^2 + y^2/b^2 + z^2/c^2 = 1, or
// nothing. SPICE(DEGENERATECASE) for a semi-axis that is not positive; SPICELIB then refuses a
// plane with a zero normal (SPICE(INVALIDPLANE)), which inedpl_c does not check.
Result<std::optional<Ellipse>> inedpl(double a, double b, double c, const Plane& plane,
                                      Dialect dialect = Dialect::spicelib);

struct EllipsePlaneIntersection {
  // 0, 1 or 2 points; -1 when the ellipse lies in the plane. Points not found are zero.
  int nxpts = 0;
  Vec3 xpt1{};
  Vec3 xpt2{};
};
// INELPL: SPICE(INVALIDPLANE) for a zero normal or a negative constant, SPICE(INVALIDELLIPSE) for
// semi-axes whose angle differs from pi/2 by more than 1e-9 (both versions check the same).
Result<EllipsePlaneIntersection> inelpl(const Ellipse& ellipse, const Plane& plane);

// NPELPT: SPICE(DEGENERATECASE) when a semi-axis is zero. Solves the problem in the ellipse's
// plane with NEARPT on the ellipsoid (1, minor/major, 2) after a TWOVEC rotation.
Result<PointAndDistance> npelpt(const Vec3& point, const Ellipse& ellipse);

}  // namespace sc::math
