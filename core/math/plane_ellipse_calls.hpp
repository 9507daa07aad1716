// The plane, ellipse and ellipsoid calls in the shape of the call list (shim-c/calls.idl), with
// CSPICE's names, argument order and its C functions' behaviour (Dialect::cspice_c): a plane
// travels as 4 numbers (normal, constant), an ellipse as 9 (center, semi-major, semi-minor axis),
// the contract shapes them into { normal, constant } and { center, semiMajor, semiMinor }.
#pragma once

#include <array>
#include <optional>
#include <span>

#include "errors/result.hpp"
#include "math/ellipses.hpp"
#include "math/ellipsoid.hpp"
#include "math/planes.hpp"

namespace sc::math::calls {

using PlaneValues = std::array<double, 4>;    // normal[3], constant
using EllipseValues = std::array<double, 9>;  // center[3], semiMajor[3], semiMinor[3]

Result<PlaneValues> nvc2pl(std::span<const double> normal, double konst);
struct NormalConstant {
  Vec3 normal;
  double konst;
};
NormalConstant pl2nvc(std::span<const double> plane);
Result<PlaneValues> nvp2pl(std::span<const double> normal, std::span<const double> point);
NormalAndPoint pl2nvp(std::span<const double> plane);
Result<PlaneValues> psv2pl(std::span<const double> point, std::span<const double> span1, std::span<const double> span2);
PointAndSpans pl2psv(std::span<const double> plane);
Result<RayPlaneIntersection> inrypl(std::span<const double> vertex, std::span<const double> dir,
                                    std::span<const double> plane);
Result<PointAndDistance> nplnpt(std::span<const double> linpt, std::span<const double> lindir,
                                std::span<const double> point);

EllipseValues cgv2el(std::span<const double> center, std::span<const double> vec1, std::span<const double> vec2);
Ellipse el2cgv(std::span<const double> ellipse);
SemiAxes saelgv(std::span<const double> vec1, std::span<const double> vec2);
Result<EllipseValues> pjelpl(std::span<const double> elin, std::span<const double> plane);
Result<std::optional<EllipseValues>> inedpl(double a, double b, double c, std::span<const double> plane);
Result<EllipsePlaneIntersection> inelpl(std::span<const double> ellipse, std::span<const double> plane);
Result<PointAndDistance> npelpt(std::span<const double> point, std::span<const double> ellipse);

Result<std::optional<Vec3>> surfpt(std::span<const double> positn, std::span<const double> u, double a, double b,
                                   double c);
Result<Vec3> surfnm(double a, double b, double c, std::span<const double> point);
Result<EllipseValues> edlimb(double a, double b, double c, std::span<const double> viewpt);
Result<PointAndDistance> npedln(double a, double b, double c, std::span<const double> linept,
                                std::span<const double> linedr);

}  // namespace sc::math::calls
