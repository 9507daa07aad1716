// Orbital reference helpers for the tests of the conic SPK types and their maths: Earth's GM,
// two-body propagation that must succeed, and independent reference formulas (plain vector
// arithmetic with std::sin/cos, Kepler's equation, classical and equinoctial elements) to check
// the core's CSPICE-order arithmetic against.
#pragma once

#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <string>

#include "math/two_body.hpp"
#include "math/vector_ops.hpp"

namespace sc_test {

constexpr double kGmEarth = 398600.4418;

inline sc::math::State propagate(double gm, const sc::math::State& s, double dt) {
  auto r = sc::math::propagate_two_body(gm, s, dt);
  REQUIRE_MESSAGE(r.ok(), (r.ok() ? "" : r.error().long_msg));
  return *r;
}

using State = sc::math::State;

using Vec3 = std::array<double, 3>;

// --- Independent reference formulas ------------------------------------------------------------
inline Vec3 cross(const Vec3& a, const Vec3& b) {
  return {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
}

inline double dot(const Vec3& a, const Vec3& b) { return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]; }

inline double norm(const Vec3& a) { return std::sqrt(dot(a, a)); }

inline Vec3 scaled(double s, const Vec3& a) { return {s * a[0], s * a[1], s * a[2]}; }

inline Vec3 unit(const Vec3& a) { return scaled(1.0 / norm(a), a); }

inline Vec3 plus(const Vec3& a, const Vec3& b) { return {a[0] + b[0], a[1] + b[1], a[2] + b[2]}; }

inline Vec3 pos(const State& s) { return {s[0], s[1], s[2]}; }

inline Vec3 vel(const State& s) { return {s[3], s[4], s[5]}; }

// Rodrigues: v rotated by `angle` about the unit vector `k` (right-handed).
inline Vec3 rotate(const Vec3& v, const Vec3& k, double angle) {
  const double c = std::cos(angle), s = std::sin(angle);
  return plus(plus(scaled(c, v), scaled(s, cross(k, v))), scaled(dot(k, v) * (1 - c), k));
}

inline State rotate(const State& st, const Vec3& k, double angle) {
  const Vec3 p = rotate(pos(st), k, angle), v = rotate(vel(st), k, angle);
  return {p[0], p[1], p[2], v[0], v[1], v[2]};
}

// The signed angle from a to b about the unit axis k (both projected onto k's normal plane).
inline double angle_about(const Vec3& a, const Vec3& b, const Vec3& k) {
  return std::atan2(dot(k, cross(a, b)), dot(a, b) - dot(a, k) * dot(b, k));
}

// The eccentric anomaly for any mean anomaly, by Newton's method from E = M.
inline double eccentric_anomaly(double m, double e) {
  double ea = m;
  for (int i = 0; i < 50; ++i) ea -= (ea - e * std::sin(ea) - m) / (1 - e * std::cos(ea));
  return ea;
}

// The true anomaly accumulated since periapsis, continuous in E (no wrap at +-pi).
inline double accumulated_true_anomaly(double ea, double e) {
  const double beta = e / (1 + std::sqrt(1 - e * e));
  return ea + 2 * std::atan(beta * std::sin(ea) / (1 - beta * std::cos(ea)));
}

struct Classical {
  double a, e, inc, node, argp, m;
};

// The state the classical elements describe, in the frame of their reference plane.
inline State classical_state(const Classical& c, double gm) {
  const double ea = eccentric_anomaly(c.m, c.e);
  const double root = std::sqrt(1 - c.e * c.e);
  const double n = std::sqrt(gm / (c.a * c.a * c.a));
  const double xp = c.a * (std::cos(ea) - c.e), yp = c.a * root * std::sin(ea);
  const double rate = n * c.a / (1 - c.e * std::cos(ea));
  const double vxp = -rate * std::sin(ea), vyp = rate * root * std::cos(ea);
  // Perifocal axes in the reference frame: R3(-node) R1(-inc) R3(-argp).
  const double co = std::cos(c.node), so = std::sin(c.node), ci = std::cos(c.inc), si = std::sin(c.inc);
  const double cw = std::cos(c.argp), sw = std::sin(c.argp);
  const Vec3 pdir{co * cw - so * sw * ci, so * cw + co * sw * ci, sw * si};
  const Vec3 qdir{-co * sw - so * cw * ci, -so * sw + co * cw * ci, cw * si};
  const Vec3 r = plus(scaled(xp, pdir), scaled(yp, qdir)), v = plus(scaled(vxp, pdir), scaled(vyp, qdir));
  return {r[0], r[1], r[2], v[0], v[1], v[2]};
}

inline std::array<double, 9> equinoctial_of(const Classical& c, double dargp, double dmdt, double dnode) {
  const double t = std::tan(c.inc / 2);
  return {c.a,
          c.e * std::sin(c.argp + c.node),
          c.e * std::cos(c.argp + c.node),
          c.m + c.argp + c.node,
          t * std::sin(c.node),
          t * std::cos(c.node),
          dargp + dnode,
          dargp + dmdt + dnode,
          dnode};
}

// The components in the output frame of a vector given in the equator of a pole at (ra, dec):
// x along (output z) x pole, z along the pole.
inline Vec3 from_equator(const Vec3& v, double ra, double dec) {
  const Vec3 z{std::cos(ra) * std::cos(dec), std::sin(ra) * std::cos(dec), std::sin(dec)};
  const Vec3 x = unit(cross({0, 0, 1}, z));
  const Vec3 y = cross(z, x);
  return plus(plus(scaled(v[0], x), scaled(v[1], y)), scaled(v[2], z));
}

inline void check_close(const State& got, const State& want, double rel, const std::string& what) {
  const double rscale = norm(pos(want)), vscale = norm(vel(want));
  for (std::size_t k = 0; k < 6; ++k) {
    const double scale = k < 3 ? rscale : vscale;
    CHECK_MESSAGE(std::fabs(got[k] - want[k]) <= rel * scale,
                  what << " component " << k << ": got " << got[k] << ", want " << want[k]);
  }
}

}  // namespace sc_test
