#include "gf/quantities/angle_rates.hpp"

#include <cmath>

#include "errors/number_text.hpp"

namespace sc::gf {

namespace {

// r^2 - R^2 in a call of its own: written inline, a*b - c*d may be fused by GCC 12's SLP vectorizer
// under -march=x86-64-v3 despite -ffp-contract=off (see core/math/conic_elements.cpp), and the
// modern addon would round differently from the baseline one and WASM.
[[gnu::noinline]] double squares_difference(double a, double b) { return a * a - b * b; }

}  // namespace

// DVSEP: the rate of the angle between two states' positions (0 when they are parallel).
double dvsep(const math::State& s1, const math::State& s2) {
  const math::State u1 = math::dvhat(s1);
  const math::State u2 = math::dvhat(s2);
  const math::Vec3 p1 = math::position_of(u1), p2 = math::position_of(u2);
  const math::Vec3 pcross = math::vcrss(p1, p2);
  if (math::vzero(pcross)) return 0.0;
  const double numr = math::vdot(p1, math::velocity_of(u2)) + math::vdot(math::velocity_of(u1), p2);
  const double denom = math::vnorm(pcross);
  return -numr / denom;  // ZZDIV: no overflow or underflow is reachable with ephemeris states
}

// DHFA: the rate of a sphere's apparent half angle.
Result<double> dhfa(const math::State& state, double bodyr) {
  if (bodyr == 0.0) return 0.0;
  const math::Vec3 pos = math::position_of(state);
  const double r = math::vnorm(pos);
  if (r == 0.0) {
    return make_error("SPICE(DEGENERATECASE)", "The position component of the input state vector equals the zero vector.");
  }
  const math::Vec3 p{pos[0] / r, pos[1] / r, pos[2] / r};  // UNORM
  const double rngrat = math::vdot(p, math::velocity_of(state));
  double base = squares_difference(r, bodyr);
  if (base <= 0.0) {
    return make_error("SPICE(BADGEOMETRY)", "Invalid case. The body radius, " + number_text(bodyr) +
                                                ", equals or exceeds the range to the target, " + number_text(r) + ".");
  }
  base = std::sqrt(base);
  return -(rngrat * bodyr) / (base * r);
}

}  // namespace sc::gf
