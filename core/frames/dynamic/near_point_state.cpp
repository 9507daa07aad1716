// DNEARP / ZZDNPT (see near_point_state.hpp), in their operation order: the near point from
// NEARPT, then its velocity from the implicit-function derivative
//    dnear = M (v - l' grad),  M = diag(1 / (1 + l g_i)),  l' = (grad . M v) / (grad . M grad),
// where grad is the ellipsoid's gradient at the near point (diagonal g_i = 1/a^2 ...) and l the
// distance along the unit normal divided by |grad|.
#include "frames/dynamic/near_point_state.hpp"

#include "math/ellipsoid.hpp"

namespace sc::frames::dynamic {
namespace {

using math::Mat3;
using math::Vec3;

// VTMV: v1^T M v2 summed term by term, rows outer, left to right.
double vtmv(const Vec3& v1, const Mat3& m, const Vec3& v2) {
  double sum = 0.0;
  for (int k = 0; k < 3; ++k) {
    for (int l = 0; l < 3; ++l) sum = sum + v1[k] * m[k][l] * v2[l];
  }
  return sum;
}

}  // namespace

Result<std::optional<NearPointState>> dnearp(const math::State& state, double a, double b, double c) {
  const Vec3 pos = math::position_of(state);
  const Vec3 vel = math::velocity_of(state);
  SC_TRY_ASSIGN(auto&& near, math::nearpt(pos, a, b, c));
  NearPointState out;
  for (int i = 0; i < 3; ++i) out.near[i] = near.npoint[i];
  out.alt = near.alt;

  Mat3 gradm{};
  gradm[0][0] = 1.0 / (a * a);
  gradm[1][1] = 1.0 / (b * b);
  gradm[2][2] = 1.0 / (c * c);
  const Vec3 zenith = math::vsub(pos, near.npoint);
  const Vec3 grad = math::mxv(gradm, near.npoint);
  // UNORM: the unit normal and the gradient's length.
  const double length = math::vnorm(grad);
  Vec3 norml{};
  if (length > 0.0) norml = {grad[0] / length, grad[1] / length, grad[2] / length};
  const double l = math::vdot(zenith, norml) / length;
  Mat3 m{};
  for (int i = 0; i < 3; ++i) {
    const double dterm = l * gradm[i][i] + 1.0;
    if (dterm == 0.0) return std::optional<NearPointState>();
    m[i][i] = 1.0 / dterm;
  }
  const double denom = vtmv(grad, m, grad);
  if (denom == 0.0) return std::optional<NearPointState>();
  const double lprime = vtmv(grad, m, vel) / denom;
  const Vec3 dnear = math::mxv(m, math::vlcom(1.0, vel, -lprime, grad));
  for (int i = 0; i < 3; ++i) out.near[i + 3] = dnear[i];
  out.dalt = math::vdot(norml, vel);
  return std::optional(out);
}

}  // namespace sc::frames::dynamic
