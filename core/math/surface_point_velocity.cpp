// SURFPV (see surface_point_velocity.hpp), in SURFPV's operation order (SPICELIB 1.0.0).
#include "math/surface_point_velocity.hpp"

#include <algorithm>
#include <limits>

#include "errors/number_text.hpp"
#include "math/ellipsoid.hpp"

namespace sc::math {

namespace {

constexpr double kMargin = 10.0;  // SURFPV's MARGIN against velocity overflow

}  // namespace

Result<std::optional<State>> surfpv(const State& stvrtx, const State& stdir, double a, double b, double c) {
  SC_TRY_ASSIGN(auto&& hit, surfpt(position_of(stvrtx), position_of(stdir), a, b, c));
  if (!hit) return std::optional<State>{};
  const Vec3 x = *hit;

  // With X the intercept, V the vertex, U the unit direction, DV and DU their rates and N the
  // unit normal at X, the intercept moves at
  //   DV - (<V-X,N> / <U,N>) DU - ((<U,N><DV,N> - <V-X,N><DU,N>) / <U,N>^2) U.
  const State stdhat = dvhat(stdir);
  SC_TRY_ASSIGN(auto&& n, surfnm(a, b, c, x));
  const Vec3 v = position_of(stvrtx);
  const Vec3 u = position_of(stdhat);
  const Vec3 dv = velocity_of(stvrtx);
  const Vec3 du = velocity_of(stdhat);
  const Vec3 vmx = vsub(v, x);

  const double level = (v[0] / a) * (v[0] / a) + (v[1] / b) * (v[1] / b) + (v[2] / c) * (v[2] / c);
  if (level == 1.0) {
    return make_error("SPICE(INVALIDVERTEX)", "Ray's vertex (" + number_text(v[0]) + " " + number_text(v[1]) + " " +
                                                  number_text(v[2]) + ") has level surface parameter " +
                                                  number_text(level) + ". Vertex must not be on the ellipsoid.");
  }

  // On the limb the velocity is undefined.
  const double udn = vdot(u, n);
  if (udn == 0.0) return std::optional<State>{};

  const Vec3 second = vscl(vdot(vmx, n), du);
  const double dsnum = udn * vdot(dv, n) - vdot(vmx, n) * vdot(du, n);
  const Vec3 third = vscl(dsnum, u);

  // Near the limb the velocity may be too large to represent.
  const double m = std::max({vnorm(second), vnorm(third), 1.0});
  if (m > (std::numeric_limits<double>::max() / kMargin) * (udn * udn)) return std::optional<State>{};

  const double r = 1.0 / udn;
  const Vec3 dx = vlcom3(1.0, dv, -r, second, -(r * r), third);
  return std::optional<State>{make_state(x, dx)};
}

}  // namespace sc::math
