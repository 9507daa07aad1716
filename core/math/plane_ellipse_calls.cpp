// The plane, ellipse and ellipsoid calls (see plane_ellipse_calls.hpp): flat spans in, the core
// routines in their CSPICE C versions, flat arrays out.
#include "math/plane_ellipse_calls.hpp"

namespace sc::math::calls {
namespace {

Vec3 v3(std::span<const double> v, std::size_t at = 0) { return {v[at], v[at + 1], v[at + 2]}; }
Plane plane_of(std::span<const double> p) { return Plane{v3(p), p[3]}; }
Ellipse ellipse_of(std::span<const double> e) { return Ellipse{v3(e, 0), v3(e, 3), v3(e, 6)}; }
PlaneValues values_of(const Plane& p) { return {p.normal[0], p.normal[1], p.normal[2], p.constant}; }
EllipseValues values_of(const Ellipse& e) {
  return {e.center[0], e.center[1], e.center[2], e.smajor[0], e.smajor[1],
          e.smajor[2], e.sminor[0], e.sminor[1], e.sminor[2]};
}

constexpr Dialect kC = Dialect::cspice_c;

}  // namespace

Result<PlaneValues> nvc2pl(std::span<const double> normal, double konst) {
  SC_TRY_ASSIGN(const Plane p, math::nvc2pl(v3(normal), konst));
  return values_of(p);
}

NormalConstant pl2nvc(std::span<const double> plane) { return {v3(plane), plane[3]}; }

Result<PlaneValues> nvp2pl(std::span<const double> normal, std::span<const double> point) {
  SC_TRY_ASSIGN(const Plane p, math::nvp2pl(v3(normal), v3(point)));
  return values_of(p);
}

NormalAndPoint pl2nvp(std::span<const double> plane) { return math::pl2nvp(plane_of(plane)); }

Result<PlaneValues> psv2pl(std::span<const double> point, std::span<const double> span1, std::span<const double> span2) {
  SC_TRY_ASSIGN(const Plane p, math::psv2pl(v3(point), v3(span1), v3(span2)));
  return values_of(p);
}

PointAndSpans pl2psv(std::span<const double> plane) { return math::pl2psv(plane_of(plane)); }

Result<RayPlaneIntersection> inrypl(std::span<const double> vertex, std::span<const double> dir,
                                    std::span<const double> plane) {
  return math::inrypl(v3(vertex), v3(dir), plane_of(plane));
}

Result<PointAndDistance> nplnpt(std::span<const double> linpt, std::span<const double> lindir,
                                std::span<const double> point) {
  return math::nplnpt(v3(linpt), v3(lindir), v3(point), kC);
}

EllipseValues cgv2el(std::span<const double> center, std::span<const double> vec1, std::span<const double> vec2) {
  return values_of(math::cgv2el(v3(center), v3(vec1), v3(vec2)));
}

Ellipse el2cgv(std::span<const double> ellipse) { return ellipse_of(ellipse); }

SemiAxes saelgv(std::span<const double> vec1, std::span<const double> vec2) { return math::saelgv(v3(vec1), v3(vec2)); }

Result<EllipseValues> pjelpl(std::span<const double> elin, std::span<const double> plane) {
  SC_TRY_ASSIGN(const Ellipse e, math::pjelpl(ellipse_of(elin), plane_of(plane), kC));
  return values_of(e);
}

Result<std::optional<EllipseValues>> inedpl(double a, double b, double c, std::span<const double> plane) {
  SC_TRY_ASSIGN(const std::optional<Ellipse> e, math::inedpl(a, b, c, plane_of(plane), kC));
  if (!e) return std::optional<EllipseValues>{};
  return std::optional<EllipseValues>{values_of(*e)};
}

Result<EllipsePlaneIntersection> inelpl(std::span<const double> ellipse, std::span<const double> plane) {
  return math::inelpl(ellipse_of(ellipse), plane_of(plane));
}

Result<PointAndDistance> npelpt(std::span<const double> point, std::span<const double> ellipse) {
  return math::npelpt(v3(point), ellipse_of(ellipse));
}

Result<std::optional<Vec3>> surfpt(std::span<const double> positn, std::span<const double> u, double a, double b,
                                   double c) {
  return math::surfpt(v3(positn), v3(u), a, b, c);
}

Result<Vec3> surfnm(double a, double b, double c, std::span<const double> point) {
  return math::surfnm(a, b, c, v3(point));
}

Result<EllipseValues> edlimb(double a, double b, double c, std::span<const double> viewpt) {
  SC_TRY_ASSIGN(const Ellipse e, math::edlimb(a, b, c, v3(viewpt), kC));
  return values_of(e);
}

Result<PointAndDistance> npedln(double a, double b, double c, std::span<const double> linept,
                                std::span<const double> linedr) {
  return math::npedln(a, b, c, v3(linept), v3(linedr), kC);
}

}  // namespace sc::math::calls
