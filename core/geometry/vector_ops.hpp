// The SPICELIB vector primitives the aberration corrections are built from (VDOT, VNORM, VHAT,
// UNORM, VCRSS, VLCOM, VLCOM3, VPROJ, VPERP, DVHAT, MXV, VROTV, QDERIV), each with SPICELIB's
// exact operation order: VNORM scales by the largest component before squaring, VHAT divides
// (not multiplies by a reciprocal), sums run left to right. Reordering any of these changes last
// bits, and the velocity terms of stellar aberration amplify those bits past the golden tolerance.
#pragma once

#include <array>

#include "math/rotation.hpp"

namespace sc::geometry {

using Vec3 = std::array<double, 3>;
using State6 = std::array<double, 6>;  // position (km), velocity (km/s)

// Speed of light in km/s (SPICELIB's CLIGHT).
inline constexpr double kClight = 299792.458;

double vdot(const Vec3& a, const Vec3& b);
double vnorm(const Vec3& v);
bool vzero(const Vec3& v);
Vec3 vhat(const Vec3& v);  // the zero vector for the zero vector
Vec3 vadd(const Vec3& a, const Vec3& b);
Vec3 vsub(const Vec3& a, const Vec3& b);
Vec3 vminus(const Vec3& v);
Vec3 vscl(double s, const Vec3& v);
Vec3 vcrss(const Vec3& a, const Vec3& b);
Vec3 vlcom(double a, const Vec3& v1, double b, const Vec3& v2);                            // a*v1 + b*v2
Vec3 vlcom3(double a, const Vec3& v1, double b, const Vec3& v2, double c, const Vec3& v3);  // a*v1 + b*v2 + c*v3
Vec3 vproj(const Vec3& a, const Vec3& b);  // projection of a onto b
Vec3 vperp(const Vec3& a, const Vec3& b);  // component of a orthogonal to b
Vec3 mxv(const math::Mat3& m, const Vec3& v);
// v rotated by `angle` radians about `axis` (right-handed); v itself when axis is zero.
Vec3 vrotv(const Vec3& v, const Vec3& axis, double angle);
// Derivative estimate (f2 - f0) / (2 delta) from samples at t - delta and t + delta, computed as
// (0.5/delta)*f2 + (-0.5/delta)*f0 (QDERIV).
Vec3 qderiv(const Vec3& f0, const Vec3& f2, double delta);

// The unit vector of a state's position and its time derivative (DVHAT); for a zero position,
// a zero unit vector and the input velocity.
State6 dvhat(const State6& s);

// Splitting and joining 6-vectors.
Vec3 position_of(const State6& s);
Vec3 velocity_of(const State6& s);
State6 make_state(const Vec3& pos, const Vec3& vel);
State6 state_sub(const State6& a, const State6& b);

}  // namespace sc::geometry
