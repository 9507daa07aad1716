// The SPICELIB vector primitives (VDOT, VNORM, VHAT, UNORM, VCRSS, UCRSS, VLCOM, VLCOM3, VPROJ, VPERP,
// VSEP, DVHAT, MXV, VROTV, QDERIV, VADDG/VSUBG on states), each with SPICELIB's exact operation
// order: VNORM scales by the largest component before squaring, VHAT divides (not multiplies by
// a reciprocal), sums run left to right. Reordering any of these changes last bits, and the
// velocity terms of stellar aberration amplify those bits past the golden tolerance. The SPK and
// PCK readers, the frames and the aberration corrections all use this one copy.
#pragma once

#include <array>
#include <cstddef>
#include <span>

#include "math/rotation.hpp"

namespace sc::math {

using Vec3 = std::array<double, 3>;
// The state vector of every layer (SPK segments, chains, aberration corrections): position (km)
// and velocity (km/s).
using State = std::array<double, 6>;

double vdot(const Vec3& a, const Vec3& b);
double vnorm(const Vec3& v);
bool vzero(const Vec3& v);
Vec3 vhat(const Vec3& v);  // the zero vector for the zero vector
Vec3 vadd(const Vec3& a, const Vec3& b);
Vec3 vsub(const Vec3& a, const Vec3& b);
Vec3 vminus(const Vec3& v);
Vec3 vscl(double s, const Vec3& v);
Vec3 vcrss(const Vec3& a, const Vec3& b);
// UCRSS: the unit vector along a x b (zero when the product is), both inputs first divided by
// their largest absolute component so the product can neither overflow nor underflow.
Vec3 ucrss(const Vec3& a, const Vec3& b);
Vec3 vlcom(double a, const Vec3& v1, double b, const Vec3& v2);                            // a*v1 + b*v2
Vec3 vlcom3(double a, const Vec3& v1, double b, const Vec3& v2, double c, const Vec3& v3);  // a*v1 + b*v2 + c*v3
Vec3 vproj(const Vec3& a, const Vec3& b);  // projection of a onto b
Vec3 vperp(const Vec3& a, const Vec3& b);  // component of a orthogonal to b
Vec3 mxv(const Mat3& m, const Vec3& v);
Vec3 mtxv(const Mat3& m, const Vec3& v);  // m^T v (MTXV: column i of m dotted with v)
// v rotated by `angle` radians about `axis` (right-handed); v itself when axis is zero.
Vec3 vrotv(const Vec3& v, const Vec3& axis, double angle);
// ROTVEC: the components of v in the frame rotated by `angle` radians about axis `iaxis` (1 = x,
// 2 = y, 3 = z; other values taken mod 3 as ROTVEC does), i.e. rotate(angle, iaxis) * v, but
// computed as ROTVEC does: the axis component copied, the other two as c*v2 + s*v3 and
// -s*v2 + c*v3.
Vec3 rotvec(const Vec3& v, double angle, int iaxis);
// VSEP: the angle between two vectors, radians in [0, pi]; 0 when either is zero. Both are made
// unit vectors (UNORM), and the angle comes from the chord between them, 2 asin(|u1 - u2| / 2),
// or for obtuse angles pi - 2 asin(|u1 + u2| / 2), which keeps full precision near 0 and pi
// where acos of the dot product would not.
double vsep(const Vec3& v1, const Vec3& v2);
// Derivative estimate (f2 - f0) / (2 delta) from samples at t - delta and t + delta, computed as
// (0.5/delta)*f2 + (-0.5/delta)*f0 (QDERIV).
Vec3 qderiv(const Vec3& f0, const Vec3& f2, double delta);

// The unit vector of a state's position and its time derivative (DVHAT); for a zero position,
// a zero unit vector and the input velocity.
State dvhat(const State& s);

// DVCRSS: the cross product of two states' positions and its time derivative.
State dvcrss(const State& s1, const State& s2);
// DUCRSS: DVHAT of DVCRSS, each state first multiplied (all six components) by the reciprocal of
// its position's largest absolute component, as DUCRSS scales them against overflow.
State ducrss(const State& s1, const State& s2);

// Splitting and joining 6-vectors.
Vec3 position_of(const State& s);
Vec3 velocity_of(const State& s);
State make_state(const Vec3& pos, const Vec3& vel);
State state_add(const State& a, const State& b);  // VADDG of length 6
State state_sub(const State& a, const State& b);  // VSUBG of length 6

// The first N values of `values` (zeros past its end) as an array: how the call list's
// fixed-size inputs (`state: f64[6]`, which the shim hands over with exactly N values) reach the
// core functions that take a State or another fixed vector.
template <std::size_t N>
std::array<double, N> fixed_vector(std::span<const double> values) {
  std::array<double, N> out{};
  for (std::size_t i = 0; i < N && i < values.size(); ++i) out[i] = values[i];
  return out;
}

}  // namespace sc::math
